import { z } from 'zod';
import { PASSPHRASE_MAX_LENGTH } from './vault';

export interface BackupInfo {
  file: string;
  createdAt: string;
  sizeBytes: number;
  sha256: string;
  schemaVersion: number;
  auditSeq: number;
  auditHead: string;
}

/**
 * Restoring one of the automatic backups from the UI, also while locked (a damaged database
 * cannot be unlocked). Only a file name from the backups folder is accepted, never a path: the
 * renderer must not be able to point the core at arbitrary files.
 */
export const backupRestoreInput = z.object({
  file: z
    .string()
    .min(1, 'Choose a backup.')
    .max(255)
    .regex(/^[^\\/]+\.db$/, 'Choose one of the listed backups.'),
  passphrase: z.string().min(1, 'Enter your passphrase.').max(PASSPHRASE_MAX_LENGTH),
});
