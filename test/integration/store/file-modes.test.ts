// Every file the app writes is owner-only (0600) and every folder it makes 0700: the database is
// encrypted, but a backup, a vault copy or an export readable by other accounts on the machine
// is still a copy of the data (GDPR Art. 32(1)).
import { describe, expect, it } from 'vitest';
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupNow, restoreFromBackup, runAutoBackupIfDue } from '../../../main/services/backup-service';
import { checkpointHead } from '../../../main/services/audit-service';
import { exportJson } from '../../../main/store/export-json';
import { updateSettings } from '../../../main/store/settings-repo';
import { newSession } from '../../support/session';
import { allFiles, PASSPHRASE, tempDir } from '../../support/temp';

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it('database, WAL, vault, checkpoints, backups (manual and automatic), manifests, vault copies, exports and a restored database are 0600', async () => {
    const { session, dataDir } = await newSession();
    updateSettings(session.requireStore(), 'test', { organisationName: 'Modes BV' });
    const out = tempDir('dpo-out-');
    const target = join(out, 'snapshot.db');
    await backupNow(session, 'test', target);
    await runAutoBackupIfDue(session);
    await exportJson(session.requireStore(), join(out, 'export.json'), 'test');
    checkpointHead(session.requireStore(), 'test');
    // A backup copied around by hand can come back world-readable; the restored database must not.
    chmodSync(target, 0o644);
    await restoreFromBackup(session, target, PASSPHRASE, 'test');
    const files = [...allFiles(dataDir), ...allFiles(out).filter((f) => f !== target)];
    for (const name of ['workbench.db', 'workbench.db-wal', 'vault.json', 'audit-checkpoints.jsonl']) expect(files).toContain(join(dataDir, name));
    expect(files.filter((f) => f.includes(join(dataDir, 'backups'))).length).toBe(3);
    expect(files.filter((f) => f.startsWith(out)).length).toBe(3);
    const modes = Object.fromEntries(files.map((f) => [f, (statSync(f).mode & 0o777).toString(8)]));
    expect(modes).toEqual(Object.fromEntries(files.map((f) => [f, '600'])));
    expect((statSync(join(dataDir, 'backups')).mode & 0o777).toString(8)).toBe('700');
  });
});
