import { backupRestoreFileInput, backupRestoreInput, backupToFileInput, type BackupInfo, type RestoreResult } from '../model/backup';
import type { AppStatus } from '../model/vault';
import { empty, op } from './op';

export const backupOps = {
  'backup.create': op<BackupInfo>()(empty, 'unlocked', 'backup.manage'),
  'backup.list': op<BackupInfo[]>()(empty, 'unlocked', 'backup.manage'),
  // A damaged database cannot be unlocked, so the restore screen lists the automatic backups
  // (their manifests only) and restores one while locked, with the passphrase.
  'backup.listAvailable': op<BackupInfo[]>()(empty, 'public', 'backup.manage'),
  'backup.restore': op<AppStatus>()(backupRestoreInput, 'public', 'backup.manage'),
  // The CLI's backup to, and restore from, a file the user names anywhere on this machine.
  'backup.toFile': op<BackupInfo>()(backupToFileInput, 'unlocked', 'backup.manage', { localFiles: true }),
  'backup.restoreFile': op<RestoreResult>()(backupRestoreFileInput, 'public', 'backup.manage', { localFiles: true }),
} as const;
