// SIGKILL in the middle of a restore: the data folder must then hold either the old or the
// restored database, one that opens, passes its integrity check and carries an intact audit chain
// (GDPR Art. 32(1)(c): the ability to restore availability and access in a timely manner).
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Session } from '../../../main/services/session';
import { integrityCheck } from '../../../main/store/database';
import { verifyAuditChain } from '../../../main/store/audit-chain';
import { createBackup, restoreBackup } from '../../../main/store/backup';
import { recordHead, RESTORE_PENDING_PURPOSE } from '../../../main/store/checkpoints';
import type { Store } from '../../../main/store/store';
import { newSession, openAndCheck } from '../../support/session';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { dpo, runAndKill } from '../../support/cli';

describe('SIGKILL during a restore', () => {
  it('a restore killed mid-way leaves the old or the restored database, never a broken one (3 rounds)', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const d = (...a: string[]) => [...a, '--data-dir', dataDir];
    const add = (name: string) => {
      const r = dpo(d('request', 'add', '--type', 'access', '--name', name, '--email', 'm@example.com', '--received', '2026-11-20', '--json'));
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { ref: string }).ref;
    };
    const inBackup = add('In the backup');
    const backup = join(tempDir(), 'b.db');
    const b = dpo(d('backup', backup));
    expect(b.code, b.stderr).toBe(0);
    add('Only after the backup');
    const t0 = Date.now();
    const full = dpo(d('restore', backup));
    const fullMs = Date.now() - t0;
    expect(full.code, full.stderr).toBe(0);
    let refs = await openAndCheck(dataDir);
    expect(refs).toEqual([inBackup]);
    let killedRounds = 0;
    for (let round = 0; round < 3; round++) {
      // Back to a database that differs from the backup, then restore and kill.
      const marker = add(`Marker ${round}`);
      const oldSet = [...refs, marker].sort();
      const { killed, result } = await runAndKill(d('restore', backup), Math.floor(fullMs * (0.4 + Math.random() * 0.55)));
      if (killed) killedRounds++;
      else expect(result.code, result.stderr).toBe(0);
      refs = (await openAndCheck(dataDir)).sort();
      // Exactly the old database (with the marker) or exactly the restored one, nothing between.
      if (!killed) expect(refs).toEqual([inBackup]);
      else expect([oldSet.join(), inBackup], `round ${round}`).toContain(refs.join());
    }
    expect(killedRounds).toBeGreaterThan(0);
  }, 90_000);

  // A random kill rarely lands between the file swap and the restore record; these put the data
  // folder in exactly the state such a kill leaves.
  async function restoreScenario() {
    const { session, dataDir } = await newSession();
    const mark = (store: Store, k: string) =>
      store.tx('test', 'test.marker', (t) => {
        store.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(k, '"x"');
        t.audit({ entityType: 'settings', entityId: k, summary: {} });
      });
    mark(session.requireStore(), 'in-backup');
    const file = join(tempDir(), 'b.db');
    const info = await createBackup(session.requireStore(), session.requireKey(), file);
    mark(session.requireStore(), 'after-backup');
    const key = Buffer.from(session.requireKey());
    session.lock();
    const reopen = async () => {
      const s = new Session({ dataDir, host: 'cli' });
      await s.unlock({ passphrase: PASSPHRASE }, 'test');
      const db = s.requireStore().db;
      expect(integrityCheck(db)).toEqual(['ok']);
      expect(verifyAuditChain(db, dataDir)).toMatchObject({ ok: true, firstBadSeq: null });
      const keys = (db.prepare("SELECT key FROM settings WHERE key IN ('in-backup', 'after-backup') ORDER BY key").all() as Array<{ key: string }>).map((r) => r.key);
      s.lock();
      return keys;
    };
    return { dataDir, file, info, key, reopen };
  }

  it('a restore killed after the swap, before its record, opens the restored database (not "rolled back")', async () => {
    const { dataDir, file, key, reopen } = await restoreScenario();
    await restoreBackup(dataDir, file, key);
    expect(await reopen()).toEqual(['in-backup']);
    expect(await reopen()).toEqual(['in-backup']);
  });

  it('a restore killed before the swap leaves the old database, which still opens', async () => {
    const { dataDir, info, reopen } = await restoreScenario();
    recordHead(dataDir, { seq: info.auditSeq, hash: info.auditHead }, RESTORE_PENDING_PURPOSE);
    expect(await reopen()).toEqual(['after-backup', 'in-backup']);
    expect(await reopen()).toEqual(['after-backup', 'in-backup']);
  });
});
