// Long imports run off the main thread (main/workers/import-worker.ts) through the job runner
// (main/jobs/): the UI polls `job.progress` and may stop it with `job.cancel`, by an id it chose.
// The CLI, a dry run, and a build without the worker bundle (tests running the sources) import
// inline through the same service code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { ImportResult, requestImportInput } from '../../../shared/model/request';
import type { JobRunner } from '../../jobs/job-runner';
import type { Session } from '../session';

export interface ImportJobData {
  dataDir: string;
  /** The data key, copied into the worker's memory only; zeroed there as soon as it is used. */
  key: Uint8Array;
  input: z.output<typeof requestImportInput>;
  actor: string;
}

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

/** Runs the import on a worker thread through the core's job runner; progress and cancel by `progressId`. */
export function runImportJob(jobs: JobRunner, session: Session, input: z.output<typeof requestImportInput>, actor: string, workerFile: string): Promise<ImportResult> {
  const key = new Uint8Array(session.requireKey());
  const data: ImportJobData = { dataDir: session.dataDir, key, input, actor };
  return jobs.run<ImportJobData, ImportResult>({ id: input.progressId, file: workerFile, data, transferList: [key.buffer as ArrayBuffer], what: 'The import' });
}
