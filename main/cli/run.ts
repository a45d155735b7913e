// Shared plumbing for every CLI command: data folder, core, unlock, calling an operation, output,
// and the exit-code rule (0 ok, 1 user error with one line on stderr, 2 unexpected).
import { userInfo } from 'node:os';
import type { OpInput, OpName, OpResult } from '../../shared/api';
import type { ApiError } from '../../shared/errors';
import { resolveDataDir } from '../app/data-dir';
import { createCore, type Core } from '../app/core';
import { NoTerminalError, promptSecret } from './prompt';
import { localUser } from '../../shared/auth';
import { DiskFullError, isDiskFull, OutputFileError } from '../app/host-files';

export class CliUserError extends Error {
  constructor(message: string, readonly apiError?: ApiError) {
    super(message);
    this.name = 'CliUserError';
  }
}

/** An operation answered INTERNAL: not the user's doing, so exit 2 as the README promises. */
class CliInternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliInternalError';
  }
}

export interface DataDirOption {
  dataDir?: string;
}

function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

function openCore(opts: DataDirOption): Core {
  return createCore({ dataDir: resolveDataDir(opts.dataDir), host: 'cli' });
}

/**
 * Every row of a paged list operation, read a thousand at a time: the CLI prints whole lists, and
 * one call per thousand keeps each read short (the UI pages the same operation on screen).
 */
export async function readAllPages<P extends { rows: readonly unknown[]; total: number }>(page: (offset: number, limit: number) => Promise<P>): Promise<P> {
  const rows: Array<P['rows'][number]> = [];
  for (let offset = 0; ; offset += 1000) {
    const p = await page(offset, 1000);
    rows.push(...p.rows);
    if (rows.length >= p.total || p.rows.length === 0) return { ...p, rows, offset: 0, limit: rows.length } as unknown as P;
  }
}

export async function call<N extends OpName>(core: Core, op: N, input: OpInput<N>): Promise<OpResult<N>> {
  // The CLI runs as the user on this machine: it may name files there (backup FILE, restore FILE).
  const res = await core.dispatch(op, input, { principal: localUser(cliActor()), localFiles: true });
  if (!res.ok) {
    if (res.error.code === 'INTERNAL') throw new CliInternalError(oneLine(res.error));
    throw new CliUserError(oneLine(res.error), res.error);
  }
  return res.result as OpResult<N>;
}

function oneLine(e: ApiError): string {
  const fields = e.fieldErrors ? Object.entries(e.fieldErrors).filter(([k]) => k !== '_') : [];
  if (fields.length > 1) return `${e.message} (also: ${fields.slice(1).map(([k, m]) => `${k}: ${m[0]}`).join('; ')})`;
  return e.message;
}

/** Unlocks with DPO_PASSPHRASE, else an interactive prompt with no echo. */
export async function unlockCore(core: Core): Promise<void> {
  if (core.session.unlocked) return;
  const status = core.session.status();
  if (!status.initialised) throw new CliUserError(`No vault in ${status.dataDir}. Run "dpo init" first.`);
  const passphrase = process.env.DPO_PASSPHRASE ?? (await promptSecret('Passphrase: '));
  try {
    await call(core, 'vault.unlock', { passphrase });
  } catch (err) {
    if (err instanceof CliUserError && err.apiError?.code === 'DATABASE_DAMAGED') throw await withNewestBackup(core, err);
    throw err;
  }
}

/** A damaged database: name the newest backup, so the way out is one copy-paste away. */
async function withNewestBackup(core: Core, err: CliUserError): Promise<CliUserError> {
  const res = await core.dispatch('backup.listAvailable', {}, { principal: localUser(cliActor()) });
  const newest = res.ok ? (res.result as Array<{ file: string }>)[0] : undefined;
  if (!newest) return err;
  return new CliUserError(`${err.message} The newest automatic backup: dpo restore "${newest.file}" --data-dir "${core.session.dataDir}"`, err.apiError);
}

export function printResult(json: boolean | undefined, data: unknown, human: () => string): void {
  process.stdout.write(json ? JSON.stringify(data, null, 2) + '\n' : human() + '\n');
}

/** Wraps a command action: user errors → one line on stderr, exit 1; never a stack trace. */
export function action<A extends unknown[]>(fn: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      // A refused output path (exists, inside the data folder) is the user's to fix: exit 1.
      if (err instanceof CliUserError || err instanceof NoTerminalError || err instanceof OutputFileError) {
        process.stderr.write(`dpo: ${err.message}\n`);
        process.exitCode = 1;
      } else if (isDiskFull(err)) {
        // Thrown outside dispatch (e.g. writing an output file): still said plainly.
        process.stderr.write(`dpo: ${new DiskFullError().message}\n`);
        process.exitCode = 1;
      } else if (err instanceof CliInternalError) {
        process.stderr.write(`dpo: ${err.message} Run with DPO_DEBUG=1 for details.\n`);
        process.exitCode = 2;
      } else {
        process.stderr.write(`dpo: unexpected error (${err instanceof Error ? err.name : 'unknown'}); run with DPO_DEBUG=1 for details.\n`);
        if (process.env.DPO_DEBUG === '1' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
        process.exitCode = 2;
      }
    }
  };
}

/** Runs `fn` with a core for the data folder and always locks it afterwards. */
export async function withCore<T>(opts: DataDirOption, fn: (core: Core) => Promise<T>): Promise<T> {
  const core = openCore(opts);
  try {
    return await fn(core);
  } finally {
    core.stop();
    core.session.lock();
  }
}
