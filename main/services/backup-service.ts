import type { BackupInfo } from '../../shared/model/backup';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { backupVaultCopy, createBackup, listBackups, pruneBackups, restoreBackup } from '../store/backup';
import { BackupInvalidError } from '../store/errors';
import { fileStamp } from '../store/files';
import { writeFileAtomic } from '../store/atomic-file';
import { unlockVaultFileWithPassphrase, unlockWithPassphrase, vaultExists, vaultPath } from '../store/vault';
import { readSettings } from '../store/settings-repo';
import type { Session } from './session';
import { actorOf, type FeatureHandlers } from '../../shared/handlers';
import type { backupOps } from '../../shared/ops/backup';

const AUTO_BACKUP_JOB = 'backup.auto';
const DAY_MS = 24 * 60 * 60 * 1000;

export async function backupNow(session: Session, actor: string, target?: string, options: { force?: boolean } = {}): Promise<BackupInfo> {
  const store = session.requireStore();
  const info = await createBackup(store, session.requireKey(), target, options);
  store.tx(actor, 'backup.create', (t) =>
    t.audit({ entityType: 'backup', entityId: null, summary: { file: info.file.split(/[\\/]/).pop(), sha256: info.sha256, auditSeq: info.auditSeq } }),
  );
  return info;
}

export function backups(session: Session): BackupInfo[] {
  return listBackups(session.dataDir);
}

/**
 * Daily automatic backup with retention (Settings). Runs at most once per 24 h; the run time is
 * recorded in job_runs so restarts do not multiply backups.
 */
export async function runAutoBackupIfDue(session: Session, now: Date = new Date()): Promise<BackupInfo | null> {
  if (!session.unlocked) return null;
  const store = session.requireStore();
  const settings = readSettings(store.db);
  if (!settings.autoBackup) return null;
  const last = store.db.prepare('SELECT last_at FROM job_runs WHERE job = ?').get(AUTO_BACKUP_JOB) as { last_at: string } | undefined;
  if (last && now.getTime() - Date.parse(last.last_at) < DAY_MS) return null;
  const info = await backupNow(session, 'system:auto-backup');
  const removed = pruneBackups(session.dataDir, settings.backupRetention);
  store.tx('system:auto-backup', 'backup.prune', (t) => {
    t.db.prepare('INSERT INTO job_runs (job, last_at) VALUES (?, ?) ON CONFLICT(job) DO UPDATE SET last_at = excluded.last_at').run(AUTO_BACKUP_JOB, now.toISOString());
    t.audit({ entityType: 'backup', entityId: null, summary: { kept: settings.backupRetention, removed: removed.length } });
  });
  return info;
}

/**
 * Restores a backup file into this data folder. The passphrase unlocks either the current vault
 * or, for a backup from another machine or an older passphrase, the vault copy beside the backup
 * (which then replaces the current vault; the old one is kept aside). Everything is checked
 * before anything is replaced (store/backup.ts).
 */
export async function restoreFromBackup(session: Session, file: string, passphrase: string, actor: string): Promise<{ previous: string | null; auditSeq: number }> {
  session.lock();
  const candidates: Array<{ vaultFile: string | null }> = [];
  if (vaultExists(session.dataDir)) candidates.push({ vaultFile: null });
  const copy = backupVaultCopy(file);
  if (copy) candidates.push({ vaultFile: copy });
  let lastError: unknown = new BackupInvalidError('no vault is available to decrypt it (vault.json and the backup\'s .vault.json are both missing)');
  for (const c of candidates) {
    let key: Buffer;
    try {
      key = await session.throttledCheck(() => (c.vaultFile ? unlockVaultFileWithPassphrase(c.vaultFile, passphrase) : unlockWithPassphrase(session.dataDir, passphrase)));
    } catch (err) {
      lastError = err;
      continue;
    }
    try {
      const { previous, manifest } = await restoreBackup(session.dataDir, file, key);
      if (c.vaultFile) {
        // Owner-only copies, and the live vault replaced atomically: a crash mid-copy must not
        // leave a torn vault.json, whose loss would lose the data key.
        if (vaultExists(session.dataDir)) writeFileAtomic(`${vaultPath(session.dataDir)}.before-restore-${fileStamp()}`, readFileSync(vaultPath(session.dataDir)));
        writeFileAtomic(vaultPath(session.dataDir), readFileSync(c.vaultFile));
      }
      await session.unlock({ passphrase }, actor);
      session.requireStore().tx(actor, 'backup.restore', (t) =>
        t.audit({ entityType: 'backup', entityId: null, summary: { file: basename(file), sha256: manifest.sha256, restoredAuditSeq: manifest.auditSeq } }),
      );
      return { previous, auditSeq: manifest.auditSeq };
    } catch (err) {
      lastError = err;
      if (!(err instanceof BackupInvalidError && /decrypted/.test(err.message))) throw err;
    } finally {
      key.fill(0);
    }
  }
  throw lastError;
}

export function backupHandlers(session: Session): FeatureHandlers<typeof backupOps> {
  return {
    'backup.create': (_i, ctx) => backupNow(session, actorOf(ctx)),
    'backup.list': () => backups(session),
  };
}
