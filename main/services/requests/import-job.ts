// Long imports run off the main thread (main/workers/import-worker.ts) through the job runner
// (main/jobs/): the UI polls `job.progress` and may stop it with `job.cancel`, by an id it chose.
// The CLI, a dry run, and code bundled without the worker's hash import inline through the same
// service code.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import type { ImportResult, requestImportInput } from '../../../shared/model/request';
import type { JobRunner } from '../../jobs/job-runner';
import type { WorkerBundle } from '../../jobs/verified-worker';
import type { Session } from '../session';

export interface ImportJobData {
  dataDir: string;
  /** The data key, copied into the worker's memory only; zeroed there as soon as it is used. */
  key: Uint8Array;
  input: z.output<typeof requestImportInput>;
  actor: string;
}

// Set by the build (scripts/worker-hash.mjs): the SHA-256 of the worker bundle built alongside.
declare const __IMPORT_WORKER_SHA256__: string | undefined;

/**
 * The bundled worker (dist/workers/import-worker.cjs) with the hash the build recorded, or null
 * when this code was not built with one (other bundles of the sources), which then imports inline.
 */
export function importWorker(): WorkerBundle | null {
  const sha256 = typeof __IMPORT_WORKER_SHA256__ === 'string' ? __IMPORT_WORKER_SHA256__ : null;
  if (!sha256) return null;
  const here = typeof __dirname === 'string' ? __dirname : resolve(process.cwd(), 'dist');
  // dist/cli.cjs → dist/workers; dist/main/electron.cjs → dist/workers; the sources under test → ./dist/workers.
  const candidates = [join(here, 'workers', 'import-worker.cjs'), join(here, '..', 'workers', 'import-worker.cjs'), resolve(process.cwd(), 'dist', 'workers', 'import-worker.cjs')];
  const file = candidates.find((c) => existsSync(c));
  return file ? { file, sha256 } : null;
}

/** Runs the import on a worker thread through the core's job runner; progress and cancel by `progressId`. */
export function runImportJob(jobs: JobRunner, session: Session, input: z.output<typeof requestImportInput>, actor: string, worker: WorkerBundle): Promise<ImportResult> {
  return jobs.run<ImportJobData, ImportResult>({
    id: input.progressId,
    worker,
    // The key is copied only once the worker's bytes are checked.
    prepare: () => {
      const key = new Uint8Array(session.requireKey());
      return { data: { dataDir: session.dataDir, key, input, actor }, transferList: [key.buffer as ArrayBuffer] };
    },
    what: 'The import',
  });
}
