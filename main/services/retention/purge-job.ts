// The purge as a job (main/jobs/): on a worker thread with its own connection, so a long purge
// never freezes the window; progress per batch; a cancel rolls the whole purge back (its
// batches run inside one transaction there). The CLI, and code bundled without the worker's
// hash, purge inline through the same runPurge.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RetentionPurgeResult, RetentionRules } from '../../../shared/model/retention';
import type { JobRunner } from '../../jobs/job-runner';
import type { WorkerBundle } from '../../jobs/verified-worker';
import type { Session } from '../session';

export interface PurgeJobData {
  dataDir: string;
  /** The data key, copied into the worker's memory only; zeroed there as soon as it is used. */
  key: Uint8Array;
  actor: string;
  rules: RetentionRules;
  today: string;
  deleteOldBackups: boolean;
}

// Set by the build (scripts/worker-hash.mjs): the SHA-256 of the worker bundle built alongside.
declare const __PURGE_WORKER_SHA256__: string | undefined;

/** The bundled dist/workers/purge-worker.cjs with the hash the build recorded, or null (purge inline). */
export function purgeWorker(): WorkerBundle | null {
  const sha256 = typeof __PURGE_WORKER_SHA256__ === 'string' ? __PURGE_WORKER_SHA256__ : null;
  if (!sha256) return null;
  const here = typeof __dirname === 'string' ? __dirname : resolve(process.cwd(), 'dist');
  const candidates = [join(here, 'workers', 'purge-worker.cjs'), join(here, '..', 'workers', 'purge-worker.cjs'), resolve(process.cwd(), 'dist', 'workers', 'purge-worker.cjs')];
  const file = candidates.find((c) => existsSync(c));
  return file ? { file, sha256 } : null;
}

export function runPurgeJob(jobs: JobRunner, session: Session, id: string, worker: WorkerBundle, job: Omit<PurgeJobData, 'key' | 'dataDir'>): Promise<RetentionPurgeResult> {
  return jobs.run<PurgeJobData, RetentionPurgeResult>({
    id,
    worker,
    // The key is copied only once the worker's bytes are checked.
    prepare: () => {
      const key = new Uint8Array(session.requireKey());
      return { data: { ...job, dataDir: session.dataDir, key }, transferList: [key.buffer as ArrayBuffer] };
    },
    what: 'The purge',
  });
}
