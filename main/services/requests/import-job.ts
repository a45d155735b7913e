// Long imports run off the main thread (main/workers/import-worker.ts) and report progress, which
// the UI polls through `job.progress` with an id it chose. The CLI, a dry run, and a build without
// the worker bundle (tests running the sources) import inline through the same service code.
import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
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

/** The bundled worker (dist/workers/import-worker.cjs), unpacked from the asar in the desktop app. */
export function importWorkerPath(): string | null {
  const here = typeof __dirname === 'string' ? __dirname : resolve(process.cwd(), 'dist');
  // dist/cli.cjs → dist/workers; dist/main/electron.cjs → dist/workers; the sources under test → ./dist/workers.
  const candidates = [join(here, 'workers', 'import-worker.cjs'), join(here, '..', 'workers', 'import-worker.cjs'), resolve(process.cwd(), 'dist', 'workers', 'import-worker.cjs')];
  for (const candidate of candidates) {
    const unpacked = candidate.replace(`app.asar${'/'}`, 'app.asar.unpacked/').replace('app.asar\\', 'app.asar.unpacked\\');
    if (existsSync(unpacked)) return unpacked;
  }
  return null;
}

const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class ImportJobs {
  private readonly jobs = new Map<string, JobProgress>();

  progress(id: string): JobProgress {
    return this.jobs.get(id) ?? { state: 'unknown', done: 0, total: 0 };
  }

  run(session: Session, input: z.output<typeof requestImportInput>, actor: string, workerFile: string): Promise<ImportResult> {
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
      const worker = new Worker(workerFile, { workerData: data, transferList: [key.buffer as ArrayBuffer] });
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
