import { closeSync, fsyncSync, linkSync, openSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Write-then-rename with fsync of the file and its folder, so a crash leaves either the old or the
 * new content, never a torn file. Used for the vault file, whose loss would lose the data key.
 */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    writeFileSync(tmp, content, { mode: 0o600 });
    fsyncPath(tmp);
    renameSync(tmp, file);
    fsyncDir(dirname(file));
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
}

/**
 * Like writeFileAtomic, but fails with EEXIST instead of replacing an existing file: link() is
 * atomic and refuses an existing target, so two racing first runs cannot both publish a vault.
 */
export function writeFileExclusive(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    writeFileSync(tmp, content, { mode: 0o600 });
    fsyncPath(tmp);
    linkSync(tmp, file);
    fsyncDir(dirname(file));
  } finally {
    rmSync(tmp, { force: true });
  }
}

export function fsyncPath(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function fsyncDir(dir: string): void {
  // Windows cannot open a directory for fsync; its rename is already durable enough there.
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
