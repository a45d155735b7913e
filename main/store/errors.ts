import { WorkbenchError } from '../../shared/errors';
import type { DatabaseDamage, DatabaseDamageKind } from '../../shared/model/vault';

export class WrongPassphraseError extends WorkbenchError {
  constructor(retryAfterSeconds?: number) {
    super('WRONG_PASSPHRASE', 'That passphrase is not correct.', { passphrase: ['That passphrase is not correct.'] }, retryAfterSeconds);
  }
}

export class WrongRecoveryCodeError extends WorkbenchError {
  constructor(retryAfterSeconds?: number) {
    super('WRONG_RECOVERY_CODE', 'That recovery code is not correct.', { recoveryCode: ['That recovery code is not correct.'] }, retryAfterSeconds);
  }
}

export class TooManyAttemptsError extends WorkbenchError {
  constructor(retryAfterSeconds: number) {
    super('TOO_MANY_ATTEMPTS', `Too many wrong attempts. Try again in ${retryAfterSeconds} seconds.`, undefined, retryAfterSeconds);
  }
}

export class VaultExistsError extends WorkbenchError {
  constructor() {
    super('ALREADY_INITIALISED', 'A vault already exists in this data folder; unlock it instead.');
  }
}

/**
 * vault.json is not one this app wrote: bad JSON, a missing or malformed field, or key-derivation
 * parameters outside the known sets. Raised before any key derivation runs, so it is fast.
 */
export class VaultFileDamagedError extends WorkbenchError {
  constructor(detail: string) {
    super('VAULT_FILE_DAMAGED', `The vault file (vault.json) is damaged: ${detail}. Restore it from a backup (each backup keeps a copy); nothing was changed.`);
  }
}

/**
 * The disk holding the data folder is full (ENOSPC from the file system, SQLITE_FULL from SQLite,
 * EDQUOT for a quota). Said plainly, because "cannot be decrypted" or a generic failure sends the
 * DPO looking for the wrong problem. The message makes no claim about what was saved: a database
 * write rolls back, and first-run setup publishes nothing until every file is complete.
 */
export class DiskFullError extends WorkbenchError {
  constructor() {
    super('DISK_FULL', 'The disk that holds the data folder is full. Free some space, then try again.');
  }
}

// SQLITE_IOERR_SHMSIZE: the WAL index (-shm) could not be enlarged, which per the SQLite result
// code list "may indicate that the underlying filesystem volume is out of space"; it is what an
// unlock on a full disk reports (https://sqlite.org/rescode.html#ioerr_shmsize).
const DISK_FULL_CODES = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE']);

/** Whether a low-level error (Node fs, better-sqlite3) means the disk is full. */
export function isDiskFull(err: unknown): boolean {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  return typeof code === 'string' && DISK_FULL_CODES.has(code);
}

export class DatabaseFromFutureError extends WorkbenchError {
  constructor(found: number, supported: number) {
    super(
      'DATABASE_FROM_FUTURE',
      `This database was written by a newer DPO Workbench (schema ${found}; this version knows up to ${supported}). Update the app; the database was not changed.`,
    );
  }
}

export class WrongDatabaseKeyError extends WorkbenchError {
  constructor() {
    super('INTERNAL', 'The database cannot be decrypted with this vault\'s key. Nothing was changed.');
  }
}

/**
 * The vault exists but its database cannot be used as it is. Never answered by creating a new,
 * empty database (that would list nothing, verify as intact, and be backed up over good backups);
 * the file is left as found and the way out is a restore.
 */
export class DatabaseDamagedError extends WorkbenchError {
  readonly damage: DatabaseDamage;
  constructor(kind: DatabaseDamageKind, file: string, detail: string) {
    const message = `The database ${file} ${detail}. Nothing was created or changed. Restore it from a backup: choose one on the restore screen of the app, or run "dpo restore FILE" (automatic backups are in the backups folder beside it).`;
    super('DATABASE_DAMAGED', message);
    this.damage = { kind, file, message };
  }
}

export class NotEncryptedBuildError extends Error {
  constructor() {
    super('The SQLite library does not report a cipher (SQLite3 Multiple Ciphers); refusing to open an unencrypted database.');
    this.name = 'NotEncryptedBuildError';
  }
}

export class BackupInvalidError extends WorkbenchError {
  constructor(detail: string) {
    super('VALIDATION', `This backup cannot be restored: ${detail}. Nothing was replaced.`, { file: [detail] });
  }
}

/** The backup is sound but was written with another data key: another vault (copy) may open it. */
export class BackupOtherKeyError extends BackupInvalidError {
  constructor() {
    super("it cannot be decrypted with this vault's key");
  }
}
