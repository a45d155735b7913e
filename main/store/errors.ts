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

export class VaultCorruptError extends WorkbenchError {
  constructor(detail: string) {
    super('INTERNAL', `The vault file cannot be read (${detail}). Restore it from a backup; nothing was changed.`);
  }
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
