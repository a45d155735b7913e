import { z } from 'zod';
import { PASSPHRASE_MAX_LENGTH } from './vault';
import { absolutePathField } from './fields';

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

/**
 * A backup written to a file the user names (`dpo backup FILE`): checked like every user-chosen
 * output (never inside the data folder, never over an existing file, manifest or vault copy
 * unless `force`).
 */
export const backupToFileInput = z.object({
  file: absolutePathField('Name the backup file.'),
  force: z.boolean().default(false),
});

/** Restoring any backup file the user names (`dpo restore FILE`), also while locked. */
export const backupRestoreFileInput = z.object({
  file: absolutePathField('Name the backup file.'),
  passphrase: z.string().min(1, 'Enter your passphrase.').max(PASSPHRASE_MAX_LENGTH),
});

export interface RestoreResult {
  /** Where the database that was replaced is kept; null when there was none. */
  previous: string | null;
  /** The last audit event in the restored backup. */
  auditSeq: number;
}
