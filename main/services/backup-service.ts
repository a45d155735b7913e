import type { BackupInfo, RestoreResult } from '../../shared/model/backup';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { backupVaultCopy, createBackup, listBackups, pruneBackups, restoreBackup } from '../store/backup';
import { BackupInvalidError, BackupOtherKeyError } from '../store/errors';
import { backupDir, fileStamp } from '../store/files';
import { writeFileAtomic } from '../store/atomic-file';
import { ValidationError } from '../../shared/errors';
import { unlockVaultFileWithPassphrase, unlockWithPassphrase, vaultExists, vaultPath } from '../store/vault';
import { readSettings } from '../store/settings-repo';
import { recordedHead, recordHead, RESTORE_PURPOSE } from '../store/checkpoints';
import type { Session } from './session';
import { actorOf, type FeatureHandlers } from '../../shared/handlers';
import type { backupOps } from '../../shared/ops/backup';
import { CheckFailedError, checkStore } from './store-check';

const AUTO_BACKUP_JOB = 'backup.auto';
const DAY_MS = 24 * 60 * 60 * 1000;

export async function backupNow(session: Session, actor: string, target?: string, options: { force?: boolean } = {}): Promise<BackupInfo> {
  const store = session.requireStore();
  // A damaged database must not become the newest backup (and, for automatic backups, push a
  // good one out of the rotation): every backup is preceded by the full check.
  const check = checkStore(store);
  if (!check.ok) throw new CheckFailedError(check, 'no backup was written and no backup was removed');
  const info = await createBackup(store, session.requireKey(), target, options);
  recordHead(store.dataDir, { seq: info.auditSeq, hash: info.auditHead }, 'backup');
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
  const { removed, failing } = await pruneBackups(session.dataDir, settings.backupRetention);
  store.tx('system:auto-backup', 'backup.prune', (t) => {
    t.db.prepare('INSERT INTO job_runs (job, last_at) VALUES (?, ?) ON CONFLICT(job) DO UPDATE SET last_at = excluded.last_at').run(AUTO_BACKUP_JOB, now.toISOString());
    t.audit({ entityType: 'backup', entityId: null, summary: { kept: settings.backupRetention, removed: removed.length, failingCheck: failing.length } });
  });
  return info;
}

/** Restores one of the automatic backups by its file name (the UI's restore screen). */
export async function restoreListedBackup(session: Session, name: string, passphrase: string, actor: string): Promise<RestoreResult> {
  const found = listBackups(session.dataDir).find((b) => basename(b.file) === name);
  if (!found) throw new ValidationError({ file: [`${name} is not one of the backups in ${backupDir(session.dataDir)}.`] });
  return restoreFromBackup(session, found.file, passphrase, actor);
}

/**
 * Restores a backup file into this data folder. The passphrase unlocks either the current vault
 * or, for a backup from another machine or an older passphrase, the vault copy beside the backup
 * (which then replaces the current vault; the old one is kept aside). Everything is checked
 * before anything is replaced (store/backup.ts).
 */
export async function restoreFromBackup(session: Session, file: string, passphrase: string, actor: string): Promise<RestoreResult> {
  session.lock();
  // Restore is offered while locked (a damaged database cannot be unlocked); each passphrase try
  // below counts against the same throttle as unlock (session.throttledCheck).
  return restoreWithPassphrase(session, file, passphrase, actor);
}

async function restoreWithPassphrase(session: Session, file: string, passphrase: string, actor: string): Promise<RestoreResult> {
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
      // The restored chain is older than the head recorded for the database it replaces; mark the
      // restore so the next open does not take this deliberate step back for a rollback.
      const replaced = recordedHead(session.dataDir);
      recordHead(session.dataDir, { seq: manifest.auditSeq, hash: manifest.auditHead }, RESTORE_PURPOSE);
      if (c.vaultFile) {
        // Owner-only copies, and the live vault replaced atomically: a crash mid-copy must not
        // leave a torn vault.json, whose loss would lose the data key.
        if (vaultExists(session.dataDir)) writeFileAtomic(`${vaultPath(session.dataDir)}.before-restore-${fileStamp()}`, readFileSync(vaultPath(session.dataDir)));
        writeFileAtomic(vaultPath(session.dataDir), readFileSync(c.vaultFile));
      }
      await session.unlock({ passphrase }, actor);
      session.requireStore().tx(actor, 'backup.restore', (t) =>
        t.audit({
          entityType: 'backup',
          entityId: null,
          summary: {
            file: basename(file),
            sha256: manifest.sha256,
            restoredAuditSeq: manifest.auditSeq,
            replacedAuditSeq: replaced?.seq ?? null,
            replacedAuditHead: replaced?.hash ?? null,
          },
        }),
      );
      return { previous, auditSeq: manifest.auditSeq };
    } catch (err) {
      lastError = err;
      // Only a backup made with another key is worth trying with the next vault.
      if (!(err instanceof BackupOtherKeyError)) throw err;
    } finally {
      key.fill(0);
    }
  }
  throw lastError;
}

export function backupHandlers(session: Session): FeatureHandlers<typeof backupOps> {
  return {
    'backup.create': (_i, ctx) => backupNow(session, actorOf(ctx)),
    'backup.toFile': (i, ctx) => backupNow(session, actorOf(ctx), i.file, { force: i.force }),
    'backup.restoreFile': (i, ctx) => restoreFromBackup(session, i.file, i.passphrase, actorOf(ctx)),
    'backup.list': () => backups(session),
    'backup.listAvailable': () => backups(session),
    'backup.restore': async (i, ctx) => {
      await restoreListedBackup(session, i.file, i.passphrase, actorOf(ctx));
      return session.status();
    },
  };
}
