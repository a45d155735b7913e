// First run, all or nothing. The vault and the empty encrypted database are built complete in a
// staging folder inside the data folder (same file system, so publishing is a link, not a copy),
// and only then published: the database first, vault.json last. vault.json is what makes a
// folder "set up", so until it appears the folder is as before; a full disk half-way used to
// leave a vault whose recovery code was never shown, and a message that nothing had changed.
import { existsSync, linkSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fsyncDir, fsyncPath } from './atomic-file';
import { openDatabase } from './database';
import { dbPath } from './files';
import { Store } from './store';
import { createVault, vaultPath, type CreatedVaultKeys } from './vault';
import { VaultExistsError } from './errors';
import { WorkbenchError } from '../../shared/errors';

const STAGING_PREFIX = '.setup-';
/** A staging folder this old is left over from a setup that crashed, not one in progress. */
const STALE_STAGING_MS = 10 * 60 * 1000;

export class DatabaseWithoutVaultError extends WorkbenchError {
  constructor() {
    super('CONFLICT', 'A database exists in this folder but its vault.json is missing. Restore vault.json from a backup; nothing was created.');
  }
}

/**
 * Builds a vault and a database, lets `seed` write the first records (the audit event of the
 * setup), and publishes both. Returns the keys only once both files are in place.
 */
export async function buildAndPublishVault(
  dataDir: string,
  passphrase: string,
  clock: () => Date,
  seed: (store: Store) => void,
): Promise<CreatedVaultKeys> {
  removeStaleSetups(dataDir);
  if (existsSync(vaultPath(dataDir))) throw new VaultExistsError();
  if (existsSync(dbPath(dataDir))) throw new DatabaseWithoutVaultError();
  const staging = mkdtempSync(join(dataDir, STAGING_PREFIX));
  const published: string[] = [];
  try {
    const keys = await createVault(staging, passphrase);
    try {
      const db = openDatabase(dbPath(staging), keys.dataKey, { create: true });
      try {
        seed(new Store(db, staging, clock));
        // Fold the WAL into the file: only workbench.db is published. Not swallowed, unlike a
        // checkpoint at lock: here an unfolded WAL would mean publishing an incomplete database.
        db.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        db.close();
      }
      if (hasContent(`${dbPath(staging)}-wal`)) throw new Error('The new database could not be completed.');
      fsyncPath(dbPath(staging));
      fsyncDir(staging);
      publish(dbPath(staging), dbPath(dataDir), published, () => new DatabaseWithoutVaultError());
      publish(vaultPath(staging), vaultPath(dataDir), published, () => new VaultExistsError());
      fsyncDir(dataDir);
      return keys;
    } catch (err) {
      keys.dataKey.fill(0);
      throw err;
    }
  } catch (err) {
    for (const file of published.reverse()) rmSync(file, { force: true });
    throw err;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** link() refuses an existing target, so a setup racing another never replaces its files. */
function publish(from: string, to: string, published: string[], exists: () => Error): void {
  try {
    linkSync(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    throw err;
  }
  published.push(to);
}

function hasContent(file: string): boolean {
  return existsSync(file) && statSync(file).size > 0;
}

/**
 * Removes staging folders left by a setup that crashed. If the crash fell between publishing the
 * database and the vault, the published database is the same file (same inode) as the staged
 * one and has no vault: it is that setup's, holds nothing but its first audit event, and goes too.
 */
function removeStaleSetups(dataDir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dataDir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;
    const dir = join(dataDir, name);
    const st = statSync(dir, { throwIfNoEntry: false });
    if (!st?.isDirectory() || now - st.mtimeMs < STALE_STAGING_MS) continue;
    const staged = statSync(dbPath(dir), { throwIfNoEntry: false });
    const live = statSync(dbPath(dataDir), { throwIfNoEntry: false });
    if (staged && live && staged.ino === live.ino && staged.dev === live.dev && !existsSync(vaultPath(dataDir))) {
      rmSync(dbPath(dataDir), { force: true });
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
