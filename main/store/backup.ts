// Encrypted, consistent snapshots. `VACUUM INTO` writes a copy under the same key (this library's
// online backup() refuses encrypted databases), then we fsync, reopen and check it, hash it, and
// only then rename it into place beside a manifest. The vault file is copied alongside so a backup
// restores on a new machine with the passphrase that was current when it was taken.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/model/backup';
import { integrityCheck, openDatabase } from './database';
import { BackupInvalidError, BackupOtherKeyError } from './errors';
import { copyFilePrivate, fsyncDir, fsyncPath } from './atomic-file';
import { asOutputDiskFull, checkOutputPath, createTempBeside, publishTemp, writeThroughTemp } from './output-file';
import { backupDir, dbPath, fileStamp } from './files';
import { schemaVersion } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import type { Store } from './store';
import { vaultPath } from './vault';
import { recordHead, RESTORE_PENDING_PURPOSE } from './checkpoints';

const MANIFEST_SUFFIX = '.manifest.json';
const VAULT_SUFFIX = '.vault.json';

interface Manifest {
  format: 'dpo-workbench-backup';
  version: 1;
  createdAt: string;
  file: string;
  sizeBytes: number;
  sha256: string;
  schemaVersion: number;
  auditSeq: number;
  auditHead: string;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Checks a user-chosen backup path and the manifest and vault copy beside it, as every
 * user-chosen output is checked (store/output-file.ts). Returns the absolute path.
 */
export function checkBackupTarget(target: string, dataDir: string, force: boolean | undefined): string {
  const file = checkOutputPath(target, { dataDir, force });
  for (const side of [MANIFEST_SUFFIX, VAULT_SUFFIX]) checkOutputPath(file + side, { dataDir, force });
  return file;
}

/**
 * The next free name in the backups folder for this second: names have one-second resolution, and
 * a daily automatic backup and a "Back up now" (or two clicks) can fall in the same second.
 * The list orders backups by their manifest's time, not by name.
 */
function freeBackupName(dir: string, stamp: string): string {
  for (let n = 1; ; n++) {
    const file = join(dir, `dpo-backup-${stamp}${n === 1 ? '' : `-${n}`}.db`);
    if (!existsSync(file)) return file;
  }
}

/**
 * Writes a verified snapshot of the open store to `target` (a path the user chose, checked like
 * every user-chosen output: not inside the data folder, not over an existing file unless `force`)
 * or, without a target, into the backups folder. Every file it writes is owner-only (0600).
 */
export async function createBackup(store: Store, dataKey: Buffer, target?: string, options: { force?: boolean } = {}): Promise<BackupInfo> {
  const createdAt = new Date();
  const force = target ? options.force : false;
  let file: string;
  if (target) {
    file = checkBackupTarget(target, store.dataDir, force);
  } else {
    file = freeBackupName(backupDir(store.dataDir), fileStamp(createdAt));
  }
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // VACUUM INTO accepts an existing empty file and keeps its mode; left to SQLite, the snapshot
  // would be created with the default 0644.
  const tmp = createTempBeside(file);
  closeSync(tmp.fd);
  const published: string[] = [];
  try {
    const head = store.head();
    store.db.prepare('VACUUM INTO ?').run(tmp.path);
    fsyncPath(tmp.path);
    const check = openDatabase(tmp.path, dataKey, { readonly: true, migrate: false });
    let version: number;
    try {
      const result = integrityCheck(check);
      if (result.join() !== 'ok') throw new Error('the snapshot failed its integrity check');
      version = schemaVersion(check);
    } finally {
      check.close();
    }
    const sha256 = await sha256File(tmp.path);
    const vault = readFileSync(vaultPath(store.dataDir));
    await writeThroughTemp(file + VAULT_SUFFIX, force, (out) => out.write(vault));
    published.push(file + VAULT_SUFFIX);
    publishTemp(tmp.path, file, force);
    published.push(file);
    const manifest: Manifest = {
      format: 'dpo-workbench-backup',
      version: 1,
      createdAt: createdAt.toISOString(),
      file: basename(file),
      sizeBytes: statSync(file).size,
      sha256,
      schemaVersion: version,
      auditSeq: head.seq,
      auditHead: head.hash,
    };
    // Written last: a backup without its manifest is unfinished and never offered for restore.
    await writeThroughTemp(file + MANIFEST_SUFFIX, force, (out) => out.write(JSON.stringify(manifest, null, 2) + '\n'));
    return toInfo(file, manifest);
  } catch (err) {
    for (const f of published) rmSync(f, { force: true });
    // VACUUM INTO reports SQLITE_FULL when the target's disk fills up.
    throw asOutputDiskFull(err, file);
  } finally {
    rmSync(tmp.path, { force: true });
  }
}

function toInfo(file: string, m: Manifest): BackupInfo {
  return { file, createdAt: m.createdAt, sizeBytes: m.sizeBytes, sha256: m.sha256, schemaVersion: m.schemaVersion, auditSeq: m.auditSeq, auditHead: m.auditHead };
}

export function readManifest(file: string): Manifest {
  const mf = file + MANIFEST_SUFFIX;
  if (!existsSync(file)) throw new BackupInvalidError(`${basename(file)} does not exist`);
  if (!existsSync(mf)) throw new BackupInvalidError(`its manifest ${basename(mf)} is missing`);
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(mf, 'utf8')) as Manifest;
  } catch {
    throw new BackupInvalidError('its manifest is not valid JSON');
  }
  if (m.format !== 'dpo-workbench-backup') throw new BackupInvalidError('its manifest is not a DPO Workbench backup manifest');
  return m;
}

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupDir(dataDir);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.db')) continue;
    try {
      out.push(toInfo(join(dir, name), readManifest(join(dir, name))));
    } catch {
      // An unfinished backup has no manifest and is not offered.
    }
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** A backup whose bytes still hash to its manifest's SHA-256 (read in full; no key needed). */
export async function backupIntact(b: BackupInfo): Promise<boolean> {
  try {
    return (await sha256File(b.file)) === b.sha256;
  } catch {
    return false;
  }
}

/**
 * Keeps the newest `keep` automatic backups that pass their hash check and removes older good
 * ones. A backup that fails its check neither counts towards `keep` nor is deleted (it may be
 * the evidence of what went wrong): a damaged newest backup must never rotate out a good one.
 * Never touches other files.
 */
export async function pruneBackups(dataDir: string, keep: number): Promise<{ removed: string[]; failing: string[] }> {
  const removed: string[] = [];
  const failing: string[] = [];
  let good = 0;
  for (const b of listBackups(dataDir)) {
    if (!(await backupIntact(b))) {
      failing.push(b.file);
      continue;
    }
    if (++good <= keep) continue;
    removeBackup(b.file);
    removed.push(b.file);
  }
  return { removed, failing };
}

/** Removes a backup with its manifest and vault copy (nothing else). */
export function removeBackup(file: string): void {
  for (const f of [file, file + MANIFEST_SUFFIX, file + VAULT_SUFFIX]) rmSync(f, { force: true });
}

/**
 * Checks a backup completely (manifest, hash, key, integrity, schema) before touching anything,
 * then sets the current database aside and puts the backup in its place. The store must be closed.
 * Returns the path the previous database was moved to (null if there was none).
 */
export async function restoreBackup(dataDir: string, file: string, dataKey: Buffer): Promise<{ previous: string | null; manifest: Manifest }> {
  const manifest = readManifest(file);
  const actual = await sha256File(file);
  if (actual !== manifest.sha256) throw new BackupInvalidError('its SHA-256 does not match the manifest (the file was changed or is incomplete)');
  let check;
  try {
    check = openDatabase(file, dataKey, { readonly: true, migrate: false });
  } catch {
    throw new BackupOtherKeyError();
  }
  try {
    if (integrityCheck(check).join() !== 'ok') throw new BackupInvalidError('it fails the integrity check');
    const v = schemaVersion(check);
    if (v > SCHEMA_VERSION) throw new BackupInvalidError(`it was written by a newer app (schema ${v})`);
  } finally {
    check.close();
  }
  const live = dbPath(dataDir);
  const staged = join(dataDir, `.restore-${randomBytes(6).toString('hex')}.db`);
  copyFilePrivate(file, staged);
  recordHead(dataDir, { seq: manifest.auditSeq, hash: manifest.auditHead }, RESTORE_PENDING_PURPOSE);
  let previous: string | null = null;
  if (existsSync(live)) {
    previous = `${live}.before-restore-${fileStamp()}`;
    // The current database is kept aside by a second name (link), then replaced in one rename: a
    // crash at any point leaves workbench.db either the old or the restored file, never missing.
    keepAside(live, previous);
    for (const side of ['-wal', '-shm']) if (existsSync(live + side)) renameSync(live + side, previous + side);
  }
  renameSync(staged, live);
  fsyncDir(dataDir);
  return { previous, manifest };
}

/** A second name for `file`; a copy where the file system has no hard links (FAT on a USB stick). */
function keepAside(file: string, aside: string): void {
  try {
    linkSync(file, aside);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    copyFilePrivate(file, aside);
  }
}

export function backupVaultCopy(file: string): string | null {
  const v = file + VAULT_SUFFIX;
  return existsSync(v) ? v : null;
}
