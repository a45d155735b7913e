// Opening the encrypted SQLite database (SQLCipher v4 format through SQLite3 Multiple Ciphers).
// The order matters: cipher settings, then the key, then a read that proves the key is right,
// then the per-connection pragmas, then migrations.
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import { DatabaseDamagedError, NotEncryptedBuildError, WrongDatabaseKeyError } from './errors';
import { migrate } from './migrate';
import { refreshStatistics } from './statistics';

export type Db = Database.Database;

const HEX_KEY = /^[0-9a-f]{64}$/;

export interface OpenOptions {
  /** Create the file if absent. Only first run does this; an open that fails never creates. */
  create?: boolean;
  readonly?: boolean;
  /** Run migrations (default true). */
  migrate?: boolean;
  /**
   * Runs after the key is proven and before anything writes (WAL switch, migrations, optimize),
   * so a database it refuses (by throwing) is left exactly as found.
   */
  verify?: (db: Db) => void;
}

export function openDatabase(file: string, dataKey: Buffer, options: OpenOptions = {}): Db {
  const exists = existsSync(file);
  if (!options.create || exists) {
    const problem = databaseFileProblem(file);
    if (problem) throw problem;
  }
  // Owner-only, like the vault: the file is encrypted, but nobody else needs to read it. Created
  // empty here (a valid new database) so it is never 0644 even for a moment; SQLite gives the
  // -wal and -shm files the database file's mode.
  if (!exists) closeSync(openSync(file, 'wx', 0o600));
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: !options.create });
  try {
    applyKey(db, dataKey);
    // Proves the key before anything else touches the file; a wrong key reads as "not a database".
    // Only SQLITE_NOTADB means a wrong key; anything else (a full disk, an I/O error) is reported
    // as itself rather than as "cannot be decrypted".
    try {
      db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    } catch (err) {
      if ((err as { code?: unknown }).code === 'SQLITE_NOTADB') throw new WrongDatabaseKeyError();
      throw err;
    }
    // SQLite's temp files (statement journals, sorter runs, transient indexes, TEMP tables) are
    // not encrypted by the cipher, and a large import spills hundreds of MB of names and e-mail
    // addresses into deleted-but-open etilqs_* files in the temp folder. Keeping every temporary
    // structure in memory means no plaintext copy ever reaches a disk (GDPR Art. 32(1)(a)). Set
    // per connection, so every connection must be opened here (enforced by a test).
    db.pragma('temp_store = MEMORY');
    options.verify?.(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      // Set on every open: a reopened WAL database otherwise runs at the default level, and
      // FULL makes each committed transaction durable against power loss.
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    // Deleted content (an ID scan removed after verification, GDPR Art. 5(1)(c)) is overwritten
    // with zeros instead of lingering in free pages until they are reused.
    db.pragma('secure_delete = ON');
    db.pragma('busy_timeout = 5000');
    // 64 MiB of page cache (default 2 MiB): every page read from disk must be decrypted, so
    // keeping hot pages decrypted in memory is what makes repeated reads cheap. Measured on
    // 100,000 requests: dashboard worst of 15 calls 374 → 79 ms, filtered list 51 → 20 ms.
    db.pragma('cache_size = -65536');
    if (!options.readonly && options.migrate !== false) migrate(db);
    // Keeps the planner's statistics fresh (cheap: only tables that changed a lot are analysed).
    if (!options.readonly) refreshStatistics(db);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * What can be seen without the key: SQLite would treat a missing file (when allowed to create)
 * or a 0-byte file as a new, empty database and write one, silently losing everything.
 */
export function databaseFileProblem(file: string): DatabaseDamagedError | null {
  if (!existsSync(file)) return new DatabaseDamagedError('missing', file, 'is missing although the vault exists');
  if (statSync(file).size === 0) return new DatabaseDamagedError('empty', file, 'is empty (0 bytes)');
  return null;
}

/** Sets SQLCipher v4 parameters and the raw 256-bit key on a fresh connection. */
export function applyKey(db: Db, dataKey: Buffer): void {
  assertCipherBuild();
  const hex = dataKey.toString('hex');
  // Checked before interpolation: the pragma cannot take a bound parameter.
  if (!HEX_KEY.test(hex)) throw new Error('The data key must be 32 bytes.');
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = "x'${hex}'"`);
}

/**
 * A plain SQLite build would accept `PRAGMA key` silently and write an unencrypted file. Asking
 * the library for its cipher version makes that impossible.
 */
export function assertCipherBuild(): void {
  if (cipherBuildChecked) return;
  // Asked on a separate in-memory connection: on an encrypted file, any statement before the key
  // would fail to read the schema.
  const probe = new Database(':memory:');
  let version: unknown;
  try {
    version = (probe.prepare('SELECT sqlite3mc_version() AS v').get() as { v: unknown }).v;
  } catch {
    throw new NotEncryptedBuildError();
  } finally {
    probe.close();
  }
  if (typeof version !== 'string' || !version.includes('Multiple Ciphers')) throw new NotEncryptedBuildError();
  cipherBuildChecked = true;
}

let cipherBuildChecked = false;

/** `PRAGMA integrity_check` reads every page; `cipher_integrity_check` here proves nothing. */
export function integrityCheck(db: Db): string[] {
  const rows = db.pragma('integrity_check') as Array<{ integrity_check: string }>;
  return rows.map((r) => r.integrity_check);
}
