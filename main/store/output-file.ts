// The one way a command writes a file the user named (exports, backups, saved attachments).
// An export that silently replaced vault.json would destroy the wrapped data key, and one that
// replaced workbench.db would destroy every record; a half-written export would leave a plaintext
// fragment of personal data behind. So a user-chosen path:
// - is refused if it already exists, unless the user said --force;
// - is refused if it lies inside the data folder (after resolving symlinks), force or not;
// - is written to a temp file beside it (owner-only, created exclusively), fsynced, then moved
//   into place; on any failure the temp file is deleted and the target is left untouched.
import { closeSync, existsSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { WorkbenchError } from '../../shared/errors';
import { fsyncDir } from './atomic-file';
import { isDiskFull } from './errors';

/** Base of the errors below, so a CLI can report them as user errors (exit 1). */
export class OutputFileError extends WorkbenchError {}

export class OutputExistsError extends OutputFileError {
  constructor(readonly file: string) {
    super('CONFLICT', `${file} already exists; choose another name, or add --force to replace it.`, { out: ['This file already exists.'] });
  }
}

export class OutputInsideDataFolderError extends OutputFileError {
  constructor(readonly file: string, dataDir: string) {
    super('VALIDATION', `${file} is inside the data folder (${dataDir}); write it somewhere else.`, { out: ['Choose a path outside the data folder.'] });
  }
}

export class OutputNotAFileError extends OutputFileError {
  constructor(readonly file: string) {
    super('VALIDATION', `${file} is a folder, not a file name.`, { out: ['Give a file name, not a folder.'] });
  }
}

export class OutputFolderMissingError extends OutputFileError {
  constructor(readonly file: string) {
    super('VALIDATION', `The folder for ${file} does not exist.`, { out: ['The folder does not exist.'] });
  }
}

export class OutputNotWritableError extends OutputFileError {
  constructor(readonly file: string) {
    super('VALIDATION', `Cannot write ${file}: the folder is not writable.`, { out: ['The folder is not writable.'] });
  }
}

/**
 * The disk that holds the chosen file (a USB stick, a small partition) is full. Named for that
 * file, not the data folder: DiskFullError's "the disk that holds the data folder" would send the
 * DPO to free space in the wrong place. Nothing was left behind (the temp file is removed).
 */
export class OutputDiskFullError extends OutputFileError {
  constructor(readonly file: string) {
    super('DISK_FULL', `The disk that holds ${file} is full; nothing was written there. Free some space or choose another place, then try again.`, { out: ['The disk is full.'] });
  }
}

/** `err` as an OutputDiskFullError for `file` when it means the disk is full, else unchanged. */
export function asOutputDiskFull(err: unknown, file: string): unknown {
  return isDiskFull(err) ? new OutputDiskFullError(file) : err;
}

export interface OutputTarget {
  /** The data folder: nothing the user names may land in it. */
  dataDir: string;
  /** Replace an existing file (the user said --force). */
  force?: boolean;
}

/** The sink a writer fills; writes go to the temp file, never to the target. */
export interface OutputSink {
  write(chunk: string | Buffer): void;
}

const FLUSH_BYTES = 1024 * 1024;
const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';

/** `path` with symlinks resolved, also when it (or some of its parents) does not exist yet. */
function realPathOf(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync.native(abs);
  } catch {
    const parent = dirname(abs);
    if (parent === abs) return abs;
    return join(realPathOf(parent), basename(abs));
  }
}

function isInside(child: string, parent: string): boolean {
  const [c, p] = caseInsensitive ? [child.toLowerCase(), parent.toLowerCase()] : [child, parent];
  const rel = relative(p, c);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function lexists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Checks a user-chosen output path and returns it absolute. Every path is checked both as typed
 * and with symlinks resolved (a link in /tmp pointing at vault.json is still the vault).
 */
export function checkOutputPath(file: string, target: OutputTarget): string {
  const abs = resolve(file);
  const dataReal = realPathOf(target.dataDir);
  for (const candidate of [abs, realPathOf(abs)]) {
    if (isInside(candidate, resolve(target.dataDir)) || isInside(candidate, dataReal)) throw new OutputInsideDataFolderError(abs, target.dataDir);
  }
  if (lexists(abs)) {
    if (existsSync(abs) && lstatSync(abs).isDirectory()) throw new OutputNotAFileError(abs);
    if (!target.force) throw new OutputExistsError(abs);
  }
  return abs;
}

/** A new, empty, owner-only file beside `file`, created exclusively (O_CREAT|O_EXCL). */
export function createTempBeside(file: string): { path: string; fd: number } {
  const path = join(dirname(file), `.${basename(file)}.tmp-${randomBytes(6).toString('hex')}`);
  try {
    return { path, fd: openSync(path, 'wx', 0o600) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new OutputFolderMissingError(file);
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new OutputNotWritableError(file);
    throw err;
  }
}

/**
 * Moves a finished temp file onto the target. Without force, link() publishes it only if the
 * target still does not exist (no check-then-write race); file systems without hard links
 * (FAT on a USB stick) fall back to a checked rename.
 */
export function publishTemp(tmp: string, abs: string, force: boolean | undefined): void {
  if (force) {
    renameSync(tmp, abs);
  } else {
    try {
      linkSync(tmp, abs);
      rmSync(tmp, { force: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new OutputExistsError(abs);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
      if (lexists(abs)) throw new OutputExistsError(abs);
      renameSync(tmp, abs);
    }
  }
  fsyncDir(dirname(abs));
}

/**
 * Writes a user-chosen file through `produce`, all or nothing. Returns the absolute path written.
 * If `produce` throws, or any write fails, nothing is left behind and the error is rethrown.
 */
export async function writeOutputFile(file: string, target: OutputTarget, produce: (out: OutputSink) => void | Promise<void>): Promise<string> {
  const abs = checkOutputPath(file, target);
  await writeThroughTemp(abs, target.force, produce);
  return abs;
}

/**
 * The write half of writeOutputFile, for files whose path the app chose itself (a backup's
 * manifest and vault copy): temp beside, owner-only, fsync, publish; deleted on failure.
 */
export async function writeThroughTemp(abs: string, force: boolean | undefined, produce: (out: OutputSink) => void | Promise<void>): Promise<void> {
  const tmp = createTempBeside(abs);
  let open = true;
  try {
    // Small writes (one per exported row) are gathered into 1 MiB chunks: one syscall each.
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const flush = () => {
      const buf = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      for (let off = 0; off < buf.length; ) off += writeSync(tmp.fd, buf, off, buf.length - off);
    };
    await produce({
      write(chunk) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
        pending.push(buf);
        pendingBytes += buf.length;
        if (pendingBytes >= FLUSH_BYTES) flush();
      },
    });
    flush();
    fsyncSync(tmp.fd);
    closeSync(tmp.fd);
    open = false;
    publishTemp(tmp.path, abs, force);
  } catch (err) {
    if (open) closeSync(tmp.fd);
    rmSync(tmp.path, { force: true });
    throw asOutputDiskFull(err, abs);
  }
}
