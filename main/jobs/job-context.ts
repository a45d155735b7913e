// The worker side of a job: read the envelope, report progress, honour cancel, post the result.
import { parentPort, workerData } from 'node:worker_threads';
import { WorkbenchError, type ApiError } from '../../shared/errors';
import type { JobEnvelope, JobMessage } from './job-runner';

/** Thrown inside a job when its caller cancelled it; the job's transaction rolls back. */
export class JobCancelledError extends WorkbenchError {
  constructor() {
    super('CANCELLED', 'Cancelled. Nothing was saved.');
  }
}

export interface JobContext<D> {
  data: D;
  /** Reports progress and throws JobCancelledError once the caller has cancelled. */
  step(done: number, total: number): void;
}

/** Runs `work` as this worker's job; `toError` maps a failure to the contract's error value. */
export async function runJob<D, R>(work: (ctx: JobContext<D>) => R | Promise<R>, toError: (err: unknown) => ApiError): Promise<void> {
  const envelope = workerData as JobEnvelope<D>;
  const cancel = new Int32Array(envelope.cancel);
  const post = (m: JobMessage<R>) => parentPort!.postMessage(m);
  try {
    const result = await work({
      data: envelope.data,
      step(done, total) {
        if (Atomics.load(cancel, 0) === 1) throw new JobCancelledError();
        post({ type: 'progress', done, total });
      },
    });
    post({ type: 'done', result });
  } catch (err) {
    post({ type: 'error', error: toError(err) });
  }
}
