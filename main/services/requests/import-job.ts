// Long imports run off the main thread (main/workers/import-worker.ts) and report progress, which
// the UI polls through `job.progress` with an id it chose. The CLI, a dry run, and code bundled
// without the worker's hash (test fixtures) import inline through the same service code.
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { ImportResult, JobProgress, requestImportInput } from '../../../shared/model/request';
import { WorkbenchError, type ApiError } from '../../../shared/errors';
import type { Session } from '../session';

export interface ImportJobData {
  dataDir: string;
  /** The data key, copied into the worker's memory only; zeroed there as soon as it is used. */
  key: Uint8Array;
  input: z.output<typeof requestImportInput>;
  actor: string;
}

export type ImportWorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; error: ApiError };

// Set by the build (scripts/worker-hash.mjs): the SHA-256 of the worker bundle built alongside.
declare const __IMPORT_WORKER_SHA256__: string | undefined;

/** The worker script and the hash it must have. */
export interface ImportWorker {
  file: string;
  sha256: string;
}

/** The worker was changed after the build: it is never started, so it never sees the data key. */
export class ImportWorkerChangedError extends WorkbenchError {
  constructor() {
    super('INTERNAL', 'The import component of this installation has been changed since it was built, so it was not started. Nothing was imported. Reinstall DPO Workbench.');
  }
}

/**
 * The bundled worker (dist/workers/import-worker.cjs), or null when this code was not built with
 * one (other bundles of the sources), which then imports inline.
 *
 * In the desktop app the worker stays inside app.asar (electron-builder.yml no longer unpacks
 * it), where Electron's asar integrity fuse covers it on macOS and Windows; Electron has loaded
 * worker_threads scripts and their requires from asar since v18 (electron/electron#33216). Linux
 * has no asar integrity check, and the CLI runs from plain files, so the worker is also checked
 * against the hash built into the code that starts it, and started from the very bytes that were
 * checked: nothing can swap the file between the check and the start.
 */
export function importWorker(): ImportWorker | null {
  const sha256 = typeof __IMPORT_WORKER_SHA256__ === 'string' ? __IMPORT_WORKER_SHA256__ : null;
  if (!sha256) return null;
  const here = typeof __dirname === 'string' ? __dirname : resolve(process.cwd(), 'dist');
  // dist/cli.cjs → dist/workers; dist/main/electron.cjs → dist/workers; the sources under test → ./dist/workers.
  const candidates = [join(here, 'workers', 'import-worker.cjs'), join(here, '..', 'workers', 'import-worker.cjs'), resolve(process.cwd(), 'dist', 'workers', 'import-worker.cjs')];
  const file = candidates.find((c) => existsSync(c));
  return file ? { file, sha256 } : null;
}

/** The worker's source, only if its bytes hash to what the build recorded. */
export function verifiedWorkerSource(worker: ImportWorker): string {
  const bytes = readFileSync(worker.file);
  if (createHash('sha256').update(bytes).digest('hex') !== worker.sha256) throw new ImportWorkerChangedError();
  return bytes.toString('utf8');
}

/**
 * Runs checked source as the CommonJS module it was bundled as, with require() resolving from the
 * worker's own folder (its native SQLite binding), exactly as loading the file by path would.
 */
function workerBootstrap(file: string, source: string): string {
  return [
    `const file = ${JSON.stringify(file)};`,
    'const m = { exports: {} };',
    "const run = require('node:vm').compileFunction(" + JSON.stringify(source) + ", ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });",
    "run(m.exports, require('node:module').createRequire(file), m, file, require('node:path').dirname(file));",
  ].join('\n');
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class ImportJobs {
  private readonly jobs = new Map<string, JobProgress>();

  progress(id: string): JobProgress {
    return this.jobs.get(id) ?? { state: 'unknown', done: 0, total: 0 };
  }

  run(session: Session, input: z.output<typeof requestImportInput>, actor: string, workerScript: ImportWorker): Promise<ImportResult> {
    // Checked before the key is copied: a changed worker never receives it.
    let source: string;
    try {
      source = verifiedWorkerSource(workerScript);
    } catch (err) {
      return Promise.reject(err);
    }
    const id = input.progressId;
    const key = new Uint8Array(session.requireKey());
    const data: ImportJobData = { dataDir: session.dataDir, key, input, actor };
    if (id) this.jobs.set(id, { state: 'running', done: 0, total: 0 });
    const settle = (state: JobProgress['state']) => {
      if (!id) return;
      this.jobs.set(id, { ...this.progress(id), state });
      setTimeout(() => this.jobs.delete(id), KEEP_FINISHED_MS).unref();
    };
    return new Promise<ImportResult>((resolvePromise, reject) => {
      const worker = new Worker(workerBootstrap(workerScript.file, source), { eval: true, workerData: data, transferList: [key.buffer as ArrayBuffer] });
      let finished = false;
      worker.on('message', (m: ImportWorkerMessage) => {
        if (m.type === 'progress' && id) this.jobs.set(id, { state: 'running', done: m.done, total: m.total });
        else if (m.type === 'done') {
          finished = true;
          settle('done');
          resolvePromise(m.result);
        } else if (m.type === 'error') {
          finished = true;
          settle('failed');
          reject(new WorkbenchError(m.error.code, m.error.message, m.error.fieldErrors));
        }
      });
      worker.on('error', () => {
        if (finished) return;
        finished = true;
        settle('failed');
        reject(new WorkbenchError('INTERNAL', 'The import stopped unexpectedly. Nothing was imported.'));
      });
      worker.on('exit', (code) => {
        if (finished) return;
        finished = true;
        settle('failed');
        reject(new WorkbenchError('INTERNAL', `The import stopped unexpectedly (exit ${code}). Nothing was imported.`));
      });
    });
  }
}
