// SIGKILL in the middle of the CLI's long mutations (a CSV import, a restore): a power cut or a
// killed terminal must leave a database that opens, passes its integrity check and carries an
// intact audit chain, and each mutation must be all or nothing (GDPR Art. 5(1)(f), 32(1)(b):
// integrity and resilience of processing). The per-transaction case lives in crash-safety.test.ts.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../../../main/services/session';
import { integrityCheck } from '../../../main/store/database';
import { verifyAuditChain } from '../../../main/store/audit-chain';
import { newSession } from '../../support/session';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { dpo, dpoAsync, type CliResult } from '../../support/cli';
import { createBackup, restoreBackup } from '../../../main/store/backup';
import { recordHead, RESTORE_PENDING_PURPOSE } from '../../../main/store/checkpoints';
import type { Store } from '../../../main/store/store';

const IMPORT_ROWS = 3000;

function csvOf(rows: number): string {
  const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
  for (let i = 0; i < rows; i++) lines.push(`access,Person ${i} Example,person${i}@example.com,2026-11-0${1 + (i % 9)},email,C-${i},,,Row ${i}`);
  return lines.join('\n');
}

/** Runs `dpo args`, SIGKILLs it after `ms` (unless it finished first), returns what it printed. */
async function runAndKill(args: string[], ms: number): Promise<{ killed: boolean; result: CliResult }> {
  const { child, done } = dpoAsync(args);
  let killed = false;
  const timer = setTimeout(() => {
    killed = child.exitCode === null && child.kill('SIGKILL');
  }, ms);
  const result = await done;
  clearTimeout(timer);
  return { killed: killed && result.code !== 0, result };
}

/** Opens the data folder as the app would; checks integrity and chain; returns the request refs. */
async function openAndCheck(dataDir: string): Promise<string[]> {
  const session = new Session({ dataDir, host: 'cli' });
  await session.unlock({ passphrase: PASSPHRASE }, 'test');
  try {
    const db = session.requireStore().db;
    expect(integrityCheck(db)).toEqual(['ok']);
    expect(verifyAuditChain(db, dataDir)).toMatchObject({ ok: true, firstBadSeq: null });
    return (db.prepare('SELECT ref FROM requests').all() as Array<{ ref: string }>).map((r) => r.ref);
  } finally {
    session.lock();
  }
}

describe('SIGKILL during CLI mutations', () => {
  it('a CSV import killed mid-way leaves 0 or all rows, integrity ok, chain intact (3 rounds)', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const csv = join(tempDir(), 'in.csv');
    writeFileSync(csv, csvOf(IMPORT_ROWS));
    const args = ['request', 'import', csv, '--data-dir', dataDir, '--json'];
    // One full run first: it calibrates the kill window to this machine's speed.
    const t0 = Date.now();
    const full = dpo(args);
    const fullMs = Date.now() - t0;
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ imported: IMPORT_ROWS });
    let printed = 1;
    let killedRounds = 0;
    for (let round = 0; round < 3; round++) {
      // Anywhere from process start (unlock) to just before the end of a full run.
      const { killed, result } = await runAndKill(args, Math.floor(fullMs * (0.3 + Math.random() * 0.65)));
      if (killed) killedRounds++;
      else if (result.code === 0) printed++;
      const count = (await openAndCheck(dataDir)).length;
      expect(count % IMPORT_ROWS, `round ${round}: ${count} requests`).toBe(0);
      expect(count).toBeGreaterThanOrEqual(printed * IMPORT_ROWS);
    }
    expect(killedRounds).toBeGreaterThan(0);
  }, 60_000);

  it('a restore killed mid-way leaves the old or the restored database, never a broken one (2 rounds)', async () => {
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
    for (let round = 0; round < 2; round++) {
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
