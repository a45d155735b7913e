// Long work on worker threads, with progress, cooperative cancel and a typed result. One runner
// per core serves every kind of job (CSV import today; PDF letters, audit packs and purges next).
//
// Cancel is cooperative: the runner sets a flag in shared memory and the job checks it between
// units of work (job-context.ts), throwing JobCancelledError so its transaction rolls back cleanly.
// Terminating the thread instead would stop it inside a native SQLite call.
import { Worker } from 'node:worker_threads';
import { WorkbenchError, type ApiError } from '../../shared/errors';
import type { JobProgress } from '../../shared/model/jobs';
import { verifiedWorkerSource, workerBootstrap, type WorkerBundle } from './verified-worker';

/** What a job's worker posts back (job-context.ts writes these). */
export type JobMessage<R> = { type: 'progress'; done: number; total: number } | { type: 'done'; result: R } | { type: 'error'; error: ApiError };

/** What every job's worker receives besides its own data. */
export interface JobEnvelope<D> {
  data: D;
  /** Int32 flag: 1 once the caller asked to cancel. */
  cancel: SharedArrayBuffer;
}

export interface JobSpec<D> {
  /** The caller's id for progress and cancel; a job without one cannot be followed. */
  id?: string;
  /** The bundled worker script and the hash the build recorded for it (verified-worker.ts). */
  worker: WorkerBundle;
  /**
   * The job's data, made only after the worker's bytes were checked, so a changed worker never
   * receives a secret. `transferList` is moved, not copied (e.g. the data key, zeroed there).
   */
  prepare: () => { data: D; transferList?: ArrayBuffer[] };
  /** In words, for the error when the thread dies: "The import". */
  what: string;
  /**
   * V8 heap limits for the thread. A job that allocates fast (a PDF writer) leaves garbage V8 does
   * not hurry to collect under a large default limit; a cap makes it collect as it goes.
   */
  resourceLimits?: { maxOldGenerationSizeMb?: number; maxYoungGenerationSizeMb?: number };
}

/** Finished jobs stay visible this long, so a poll that comes after the result still sees it. */
const KEEP_FINISHED_MS = 10 * 60 * 1000;

export class JobRunner {
  private readonly jobs = new Map<string, { progress: JobProgress; cancel: Int32Array }>();

  progress(id: string): JobProgress {
    return this.jobs.get(id)?.progress ?? { state: 'unknown', done: 0, total: 0 };
  }

  /** Asks a running job to stop; it rolls back what it had not committed. */
  cancel(id: string): JobProgress {
    const job = this.jobs.get(id);
    if (job && job.progress.state === 'running') Atomics.store(job.cancel, 0, 1);
    return this.progress(id);
  }

  run<D, R>(spec: JobSpec<D>): Promise<R> {
    let source: string;
    try {
      source = verifiedWorkerSource(spec.worker);
    } catch (err) {
      return Promise.reject(err);
    }
    const { data, transferList } = spec.prepare();
    const cancel = new SharedArrayBuffer(4);
    const flag = new Int32Array(cancel);
    const id = spec.id;
    const set = (progress: JobProgress) => id && this.jobs.set(id, { progress, cancel: flag });
    set({ state: 'running', done: 0, total: 0 });
    const settle = (state: JobProgress['state']) => {
      if (!id) return;
      set({ ...this.progress(id), state });
      setTimeout(() => this.jobs.delete(id), KEEP_FINISHED_MS).unref();
    };
    const envelope: JobEnvelope<D> = { data, cancel };
    return new Promise<R>((resolve, reject) => {
      const worker = new Worker(workerBootstrap(spec.worker.file, source), { eval: true, workerData: envelope, transferList, ...(spec.resourceLimits ? { resourceLimits: spec.resourceLimits } : {}) });
      let finished = false;
      const finish = (state: JobProgress['state'], then: () => void) => {
        if (finished) return;
        finished = true;
        settle(state);
        then();
      };
      worker.on('message', (m: JobMessage<R>) => {
        if (m.type === 'progress') set({ state: 'running', done: m.done, total: m.total });
        else if (m.type === 'done') finish('done', () => resolve(m.result));
        else finish(m.error.code === 'CANCELLED' ? 'cancelled' : 'failed', () => reject(new WorkbenchError(m.error.code, m.error.message, m.error.fieldErrors)));
      });
      worker.on('error', () => finish('failed', () => reject(new JobDiedError(spec.what))));
      worker.on('exit', (code) => finish('failed', () => reject(new JobDiedError(spec.what, code))));
    });
  }
}

export class JobDiedError extends WorkbenchError {
  constructor(what: string, exitCode?: number) {
    super('INTERNAL', `${what} stopped unexpectedly${exitCode === undefined ? '' : ` (exit ${exitCode})`}. Nothing was saved.`);
  }
}
