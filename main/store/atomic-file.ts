import { closeSync, fsyncSync, linkSync, openSync, readSync, renameSync, writeFileSync, writeSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Write-then-rename with fsync of the file and its folder, so a crash leaves either the old or the
 * new content, never a torn file. Used for the vault file, whose loss would lose the data key.
 */
export function writeFileAtomic(file: string, content: string | Buffer): void {
  const tmp = `${file}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    writeFileSync(tmp, content, { mode: 0o600, flag: 'wx' });
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
    writeFileSync(tmp, content, { mode: 0o600, flag: 'wx' });
    fsyncPath(tmp);
    linkSync(tmp, file);
    fsyncDir(dirname(file));
  } finally {
    rmSync(tmp, { force: true });
  }
}

/**
 * Copies `src` to a new file `dst` created owner-only and exclusively, then fsyncs it. Unlike
 * copyFileSync, which gives the copy the source's mode (a 0644 backup would restore as a 0644
 * database), the copy is never readable by others, not even for a moment.
 */
export function copyFilePrivate(src: string, dst: string): void {
  const inFd = openSync(src, 'r');
  try {
    const outFd = openSync(dst, 'wx', 0o600);
    try {
      const buf = Buffer.allocUnsafe(1024 * 1024);
      for (let n = readSync(inFd, buf); n > 0; n = readSync(inFd, buf)) {
        for (let off = 0; off < n; ) off += writeSync(outFd, buf, off, n - off);
      }
      fsyncSync(outFd);
    } catch (err) {
      closeSync(outFd);
      rmSync(dst, { force: true });
      throw err;
    }
    closeSync(outFd);
  } finally {
    closeSync(inFd);
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
