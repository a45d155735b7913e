import { z } from 'zod';

// NIST SP 800-63B §5.1.1.2 asks for length over composition rules; 12 characters is our floor.
export const PASSPHRASE_MIN_LENGTH = 12;
export const PASSPHRASE_MAX_LENGTH = 1024;

export const passphraseSchema = z
  .string()
  .min(PASSPHRASE_MIN_LENGTH, `Use at least ${PASSPHRASE_MIN_LENGTH} characters; a few unrelated words work well.`)
  .max(PASSPHRASE_MAX_LENGTH, `Use at most ${PASSPHRASE_MAX_LENGTH} characters.`);

/** Recovery codes are shown grouped (XXXXX-XXXXX-…); accept them with any spacing or case. */
export const recoveryCodeSchema = z
  .string()
  .trim()
  .min(1, 'Enter the recovery code.')
  .max(200, 'That is longer than a recovery code.');

export const createVaultInput = z
  .object({ passphrase: passphraseSchema, confirm: z.string() })
  .refine((v) => v.passphrase === v.confirm, { path: ['confirm'], message: 'The two passphrases differ.' });

export const unlockInput = z.union([
  z.object({ passphrase: z.string().min(1, 'Enter your passphrase.').max(PASSPHRASE_MAX_LENGTH) }),
  z.object({ recoveryCode: recoveryCodeSchema }),
  z.object({ device: z.literal(true) }),
]);

export const changePassphraseInput = z
  .object({ current: z.string().min(1, 'Enter your current passphrase.'), next: passphraseSchema, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'The two passphrases differ.' })
  .refine((v) => v.next !== v.current, { path: ['next'], message: 'Choose a passphrase different from the current one.' });

export const resetWithRecoveryInput = z
  .object({ recoveryCode: recoveryCodeSchema, next: passphraseSchema, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], message: 'The two passphrases differ.' });

export interface AppStatus {
  appVersion: string;
  initialised: boolean;
  locked: boolean;
  /** The recovery code was shown but the user has not yet confirmed storing it. */
  recoveryPending: boolean;
  /** Where the data lives; shown in Settings so the DPO knows what to back up. */
  dataDir: string;
  autoLockMinutes: number;
  host: 'electron' | 'browser' | 'cli';
  /** OS keychain ("remember on this device") availability; null where the host has none. */
  deviceUnlock: { available: boolean; enabled: boolean; reason?: string } | null;
  /** Set when the database cannot be used as it is; the UI then offers a restore instead of unlock. */
  damaged: DatabaseDamage | null;
}

/**
 * Why the database cannot be used: missing or empty while the vault says one exists, unreadable
 * with the right key, a write-ahead log that would silently drop committed transactions, or an
 * audit trail behind (rolled back) or beside (replaced) the head recorded outside the database.
 */
export type DatabaseDamageKind = 'missing' | 'empty' | 'unreadable' | 'wal' | 'rolledBack' | 'replaced';

export interface DatabaseDamage {
  kind: DatabaseDamageKind;
  /** The database file, so the message and the screen can name it. */
  file: string;
  /** What is wrong and what to do, in one sentence or two. */
  message: string;
}

export interface CreatedVault {
  recoveryCode: string;
}
