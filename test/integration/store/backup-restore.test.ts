import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileStamp } from '../../../main/store/files';
import { Session } from '../../../main/services/session';
import { backupNow, backups, restoreFromBackup, runAutoBackupIfDue } from '../../../main/services/backup-service';
import { updateSettings, readSettings } from '../../../main/store/settings-repo';
import { verifyAudit } from '../../../main/services/audit-service';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { newSession } from '../../support/session';

describe('backup and restore', () => {
  it('round trip: a backup restores the data exactly as it was, and the current database is kept aside', async () => {
    const { session } = await newSession();
    updateSettings(session.requireStore(), 'test', { organisationName: 'Before backup BV' });
    const target = join(tempDir(), 'snapshot.db');
    const info = await backupNow(session, 'test', target);
    expect(info.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(target + '.manifest.json')).toBe(true);
    expect(existsSync(target + '.vault.json')).toBe(true);

    updateSettings(session.requireStore(), 'test', { organisationName: 'After backup BV' });
    const r = await restoreFromBackup(session, target, PASSPHRASE, 'test');
    expect(r.previous).toMatch(/before-restore-/);
    expect(existsSync(r.previous!)).toBe(true);
    expect(readSettings(session.requireStore().db).organisationName).toBe('Before backup BV');
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: true });
  });

  it('refuses a changed backup before replacing anything', async () => {
    const { session, dataDir } = await newSession();
    const target = join(tempDir(), 'snapshot.db');
    await backupNow(session, 'test', target);
    appendFileSync(target, Buffer.from([1, 2, 3]));
    const liveBefore = readFileSync(join(dataDir, 'vault.json'));
    await expect(restoreFromBackup(session, target, PASSPHRASE, 'test')).rejects.toMatchObject({ message: expect.stringContaining('SHA-256') });
    expect(readFileSync(join(dataDir, 'vault.json'))).toEqual(liveBefore);
    await session.unlock({ passphrase: PASSPHRASE }, 'test');
    expect(verifyAudit(session.requireStore()).ok).toBe(true);
  });

  it('refuses a wrong passphrase and a broken manifest', async () => {
    const { session } = await newSession();
    const target = join(tempDir(), 'snapshot.db');
    await backupNow(session, 'test', target);
    await expect(restoreFromBackup(session, target, 'not the right passphrase', 'test')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    writeFileSync(target + '.manifest.json', '{not json');
    await expect(restoreFromBackup(session, target, PASSPHRASE, 'test')).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('restores onto a new machine (empty data folder) using the vault copy beside the backup', async () => {
    const { session } = await newSession();
    updateSettings(session.requireStore(), 'test', { organisationName: 'Moved BV' });
    const target = join(tempDir(), 'snapshot.db');
    await backupNow(session, 'test', target);
    session.lock();
    const fresh = new Session({ dataDir: tempDir(), host: 'cli' });
    await restoreFromBackup(fresh, target, PASSPHRASE, 'test');
    expect(readSettings(fresh.requireStore().db).organisationName).toBe('Moved BV');
  });

  it("restores another workbench's backup over this one: this vault opens no such backup, the vault copy beside it does", async () => {
    const other = await newSession();
    updateSettings(other.session.requireStore(), 'test', { organisationName: 'Other BV' });
    const target = join(tempDir(), 'other.db');
    await backupNow(other.session, 'test', target);
    other.session.lock();
    // Same passphrase, different data key: the current vault unwraps, but its key cannot read the
    // backup; only then is the copy beside the backup tried.
    const { session } = await newSession();
    updateSettings(session.requireStore(), 'test', { organisationName: 'This BV' });
    await restoreFromBackup(session, target, PASSPHRASE, 'test');
    expect(readSettings(session.requireStore().db).organisationName).toBe('Other BV');
    expect(verifyAudit(session.requireStore())).toMatchObject({ ok: true });
  });

  it('automatic backup runs once a day and keeps only the configured number', async () => {
    const { session } = await newSession();
    updateSettings(session.requireStore(), 'test', { backupRetention: 2 });
    const day = 24 * 3600 * 1000;
    const t0 = Date.parse('2026-11-01T10:00:00Z');
    expect(await runAutoBackupIfDue(session, new Date(t0))).not.toBeNull();
    expect(await runAutoBackupIfDue(session, new Date(t0 + 3600_000))).toBeNull();
    for (let d = 1; d <= 3; d++) {
      await new Promise((r) => setTimeout(r, 1100)); // backup file names have one-second resolution
      expect(await runAutoBackupIfDue(session, new Date(t0 + d * day))).not.toBeNull();
    }
    expect(backups(session)).toHaveLength(2);
  }, 30_000);

  it('two backups in the same second both land, under their own names (an automatic one and "Back up now")', async () => {
    const { session } = await newSession();
    // Names have one-second resolution: take this second's and the next one's names first.
    const dir = join(session.dataDir, 'backups');
    mkdirSync(dir, { recursive: true });
    const now = Date.now();
    for (const t of [now, now + 1000]) writeFileSync(join(dir, `dpo-backup-${fileStamp(new Date(t))}.db`), 'taken');
    const a = await backupNow(session, 'test');
    const b = await backupNow(session, 'test');
    expect(basename(a.file)).toMatch(/^dpo-backup-\d{8}-\d{6}-2\.db$/);
    expect(b.file).not.toBe(a.file);
    expect(backups(session).map((x) => x.file)).toEqual(expect.arrayContaining([a.file, b.file]));
  });
});
