// One data folder's lifecycle: first run, unlock, lock (manual and idle), and the open Store.
// The data key lives only here, only while unlocked, and is zeroed on lock.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import type { AppStatus, DatabaseDamage } from '../../shared/model/vault';
import { APP_VERSION } from '../../shared/version';
import { LockedError, NotInitialisedError, WorkbenchError } from '../../shared/errors';
import { databaseFileProblem, openDatabase, type Db } from '../store/database';
import { anchorRechains, auditHead, headProblem } from '../store/audit-chain';
import { completeInterruptedRestore, recordHead } from '../store/checkpoints';
import { checkWal } from '../store/wal-check';
import { logger } from '../logging/logger';
import { dbPath, unlockAttemptsPath } from '../store/files';
import { Store } from '../store/store';
import { readSettings } from '../store/settings-repo';
import * as vault from '../store/vault';
import { DatabaseDamagedError, TooManyAttemptsError, WrongDatabaseKeyError, WrongPassphraseError, WrongRecoveryCodeError } from '../store/errors';
import { buildAndPublishVault } from '../store/first-run';
import { UnlockThrottle } from './unlock-throttle';
import type { DeviceKeyring } from './device-keyring';

export type Host = AppStatus['host'];

export interface SessionOptions {
  dataDir: string;
  host: Host;
  keyring?: DeviceKeyring | null;
  clock?: () => Date;
}

export type UnlockSecret = { passphrase: string } | { recoveryCode: string } | { device: true };

export class Session {
  readonly dataDir: string;
  readonly host: Host;
  private store: Store | null = null;
  private dataKey: Buffer | null = null;
  private readonly throttle: UnlockThrottle;
  private readonly keyring: DeviceKeyring | null;
  private readonly clock: () => Date;
  private lastActivity = Date.now();
  /** What the last open found wrong with the database; cleared by a successful open. */
  private damage: { found: DatabaseDamage; signature: string } | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private readonly lockListeners = new Set<(reason: 'manual' | 'idle') => void>();
  /**
   * Vault operations run one at a time: parallel unlock attempts would each pass the throttle
   * check before any failure is counted (and each scrypt run takes 128 MiB), and two parallel
   * first runs could write two different keys.
   */
  private vaultQueue: Promise<unknown> = Promise.resolve();

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.vaultQueue.then(fn, fn);
    this.vaultQueue = run.catch(() => undefined);
    return run;
  }

  constructor(options: SessionOptions) {
    this.dataDir = options.dataDir;
    this.host = options.host;
    this.keyring = options.keyring ?? null;
    this.clock = options.clock ?? (() => new Date());
    this.throttle = new UnlockThrottle(unlockAttemptsPath(this.dataDir));
  }

  get initialised(): boolean {
    return vault.vaultExists(this.dataDir);
  }

  get unlocked(): boolean {
    return this.store !== null;
  }

  status(): AppStatus {
    const initialised = this.initialised;
    const v = initialised ? safeReadVault(this.dataDir) : null;
    const ks = this.keyring?.status();
    return {
      appVersion: APP_VERSION,
      initialised,
      locked: !this.unlocked,
      recoveryPending: v ? !v.recoveryAcknowledged : false,
      dataDir: this.dataDir,
      autoLockMinutes: this.store ? readSettings(this.store.db).autoLockMinutes : 10,
      host: this.host,
      deviceUnlock: ks ? { available: ks.available, enabled: Boolean(v?.device), ...(ks.reason ? { reason: ks.reason } : {}) } : null,
      damaged: this.damagedState(initialised),
    };
  }

  /**
   * Missing and empty files are seen without the key, so the UI shows the restore screen at once;
   * damage that needs the key to see (unreadable pages, rollback) is known after an unlock try.
   */
  private damagedState(initialised: boolean): DatabaseDamage | null {
    if (!initialised || this.store) return null;
    const file = dbPath(this.dataDir);
    const seen = databaseFileProblem(file)?.damage;
    if (seen) return seen;
    // Replaced since (a restore from another process, or by hand): offer unlock again.
    if (this.damage && this.damage.signature !== fileSignature(file)) this.damage = null;
    return this.damage?.found ?? null;
  }

  /** First run: creates the vault and an empty encrypted database, and leaves it unlocked. */
  create(passphrase: string, actor: string): Promise<string> {
    return this.serial(() => this.createNow(passphrase, actor));
  }

  private async createNow(passphrase: string, actor: string): Promise<string> {
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    // Built complete in a staging folder and published only then (store/first-run.ts).
    const { dataKey, recoveryCode } = await buildAndPublishVault(this.dataDir, passphrase, this.clock, (store) =>
      store.tx(actor, 'vault.create', (t) =>
        t.audit({ entityType: 'vault', entityId: null, summary: { event: 'workbench created', kdf: 'scrypt', N: vault.PASSPHRASE_KDF.N } }),
      ),
    );
    try {
      this.open(new Store(openDatabase(dbPath(this.dataDir), dataKey), this.dataDir, this.clock), dataKey);
    } catch (err) {
      // The vault is published and complete; opening it failed (e.g. no space for the WAL). The
      // recovery code must still reach the user, who can unlock once there is space.
      dataKey.fill(0);
      logger.warn('first open after setup failed; the vault is set up and stays locked', { error: err instanceof Error ? err.name : 'unknown' });
    }
    return recoveryCode;
  }

  unlock(secret: UnlockSecret, actor: string): Promise<void> {
    return this.serial(() => this.unlockNow(secret, actor));
  }

  private async unlockNow(secret: UnlockSecret, actor: string): Promise<void> {
    if (!this.initialised) throw new NotInitialisedError();
    // Already unlocked: the secret is still checked and counted like any other attempt, or an
    // open window would answer "fine" to every guess and make a free oracle past the throttle.
    const key = await this.attempt(secret);
    if (this.unlocked) {
      key.fill(0);
      return;
    }
    const via = 'passphrase' in secret ? 'passphrase' : 'recoveryCode' in secret ? 'recovery code' : 'device keychain';
    this.openAndRecord(key, actor, 'vault.unlock', { via });
  }

  /**
   * Opens the database and writes the unlock's audit event. If any of it fails (a full disk, a
   * damaged file) the session ends locked with the key zeroed: a failed unlock never leaves the
   * data open, and never open without its record.
   */
  private openAndRecord(key: Buffer, actor: string, operation: string, summary: Record<string, unknown>): void {
    let db: Db | null = null;
    try {
      db = this.openExisting(key);
      this.open(new Store(db, this.dataDir, this.clock), key);
      this.requireStore().tx(actor, operation, (t) => t.audit({ entityType: 'vault', entityId: null, summary }));
    } catch (err) {
      // The first write reads the audit chain's last pages; if those are damaged, the database
      // must not stay open as if it were fine, and its head is not recorded as a good one.
      const corrupt = this.store !== null && isSqliteCorruption(err);
      if (corrupt) {
        this.store!.close();
        this.store = null;
        this.dataKey = null;
      } else if (this.store) this.lock();
      else db?.close();
      key.fill(0);
      if (corrupt) {
        const file = dbPath(this.dataDir);
        const damaged = new DatabaseDamagedError('unreadable', file, 'cannot be written although the passphrase is right (its audit trail pages are damaged)');
        this.damage = { found: damaged.damage, signature: fileSignature(file) };
        throw damaged;
      }
      throw err;
    }
  }

  /** One throttled try of a secret: the wait is checked first, and the outcome is counted. */
  private attempt(secret: UnlockSecret): Promise<Buffer> {
    return this.counted(() => this.unwrap(secret));
  }

  private async counted<T>(check: () => Promise<T>): Promise<T> {
    const wait = this.throttle.waitSeconds();
    if (wait > 0) throw new TooManyAttemptsError(wait);
    let result: T;
    try {
      result = await check();
    } catch (err) {
      if (err instanceof WrongPassphraseError || err instanceof WrongRecoveryCodeError) {
        const delay = this.throttle.recordFailure();
        throw delay > 0 ? new (err.constructor as typeof WrongPassphraseError)(delay) : err;
      }
      throw err;
    }
    this.throttle.recordSuccess();
    return result;
  }

  /**
   * A passphrase check that is not an unlock of this vault (restoring a backup with the vault
   * copy beside it) goes through the same counter, so it is no way around the throttle.
   */
  throttledCheck<T>(check: () => Promise<T>): Promise<T> {
    return this.serial(() => this.counted(check));
  }

  /**
   * Opens the database the vault belongs to, refusing (never creating, never repairing) one that
   * is missing, empty, unreadable, has a damaged write-ahead log, or is behind or beside the head
   * recorded outside it. The vault's AES-GCM unwrap has already proved the key, so a file that
   * does not decrypt with it is damaged, not "the wrong key".
   */
  private openExisting(key: Buffer): Db {
    const file = dbPath(this.dataDir);
    try {
      const wal = checkWal(`${file}-wal`);
      if (wal.problem) throw new DatabaseDamagedError('wal', file, `cannot be opened safely: ${wal.problem}`);
      const verify = (db: Db) => {
        completeInterruptedRestore(this.dataDir, auditHead(db));
        const head = headProblem(db, this.dataDir);
        if (head) throw new DatabaseDamagedError(head.kind, file, head.detail);
      };
      let db: Db;
      try {
        db = openDatabase(file, key, { verify });
        try {
          anchorRechains(db, this.dataDir);
        } catch (err) {
          // Not a reason to refuse the open: the record stays in the database and the next open writes it.
          logger.warn('could not record the audit re-chain beside the database', { error: err instanceof Error ? err.name : 'unknown' });
        }
      } catch (err) {
        if (err instanceof WrongDatabaseKeyError || isSqliteCorruption(err)) {
          throw new DatabaseDamagedError('unreadable', file, 'cannot be read although the passphrase is right (its pages are damaged)');
        }
        throw err;
      }
      this.damage = null;
      return db;
    } catch (err) {
      if (err instanceof DatabaseDamagedError) this.damage = { found: err.damage, signature: fileSignature(file) };
      throw err;
    }
  }

  private async unwrap(secret: UnlockSecret): Promise<Buffer> {
    if ('passphrase' in secret) return vault.unlockWithPassphrase(this.dataDir, secret.passphrase);
    if ('recoveryCode' in secret) return vault.unlockWithRecoveryCode(this.dataDir, secret.recoveryCode);
    const v = vault.readVault(this.dataDir);
    if (!this.keyring || !v.device) throw new WorkbenchError('VALIDATION', 'Device unlock is not set up on this computer; use your passphrase.');
    return this.keyring.decrypt(v.device.blob);
  }

  private open(store: Store, key: Buffer): void {
    this.store = store;
    this.dataKey = key;
    this.touch();
  }

  lock(reason: 'manual' | 'idle' = 'manual'): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    if (!this.store) return;
    try {
      recordHead(this.dataDir, this.store.head(), 'lock');
    } catch (err) {
      // Locking must not fail because the data folder is read-only or full; the next lock records.
      logger.warn('could not record the audit head at lock', { error: err instanceof Error ? err.name : 'unknown' });
    }
    this.store.close();
    this.store = null;
    // Drop the key: zero our copy so it does not linger in the heap until collected.
    this.dataKey?.fill(0);
    this.dataKey = null;
    for (const l of this.lockListeners) l(reason);
  }

  onLock(listener: (reason: 'manual' | 'idle') => void): () => void {
    this.lockListeners.add(listener);
    return () => this.lockListeners.delete(listener);
  }

  requireStore(): Store {
    if (!this.store) throw new LockedError();
    return this.store;
  }

  requireKey(): Buffer {
    if (!this.dataKey) throw new LockedError();
    return this.dataKey;
  }

  /** Marks user activity; (re)arms the idle lock. Returns seconds until auto-lock, or null. */
  touch(): number | null {
    this.lastActivity = Date.now();
    if (!this.store || this.host === 'cli') return null;
    const minutes = readSettings(this.store.db).autoLockMinutes;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.checkIdle(), minutes * 60_000);
    this.idleTimer.unref();
    return minutes * 60;
  }

  private checkIdle(): void {
    if (!this.store) return;
    const minutes = readSettings(this.store.db).autoLockMinutes;
    const idleMs = Date.now() - this.lastActivity;
    if (idleMs >= minutes * 60_000) this.lock('idle');
    else {
      this.idleTimer = setTimeout(() => this.checkIdle(), minutes * 60_000 - idleMs);
      this.idleTimer.unref();
    }
  }

  /** Verifies a secret against the vault without touching the open store (throttled and counted). */
  checkSecret(secret: { passphrase: string } | { recoveryCode: string }): Promise<void> {
    return this.serial(async () => {
      (await this.attempt(secret)).fill(0);
    });
  }

  /** Verifies the passphrase against the vault without touching the open store. */
  checkPassphrase(passphrase: string): Promise<void> {
    return this.checkSecret({ passphrase });
  }

  get deviceKeyring(): DeviceKeyring | null {
    return this.keyring;
  }
}

/** Size and modification time of the database and its WAL: enough to notice a replaced file. */
function fileSignature(file: string): string {
  return [file, `${file}-wal`].map((f) => (existsSync(f) ? `${statSync(f).size}:${statSync(f).mtimeMs}` : '-')).join('|');
}

/** SQLITE_CORRUPT, SQLITE_NOTADB and their extended codes: the file, not the caller, is at fault. */
function isSqliteCorruption(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

function safeReadVault(dataDir: string): vault.VaultFile | null {
  try {
    return vault.readVault(dataDir);
  } catch {
    return null;
  }
}
