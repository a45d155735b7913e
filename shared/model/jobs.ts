// Long work (CSV imports today; PDF letters, audit packs and purges as they are built) runs on a
// worker thread. The caller chooses the job's id, so it can poll progress and cancel while the
// operation that started the job is still awaiting its result.
import { z } from 'zod';

export const jobIdField = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'A job id is 8–64 letters, digits, - or _.');

export const jobRefInput = z.object({ id: jobIdField });

export interface JobProgress {
  state: 'unknown' | 'running' | 'done' | 'failed' | 'cancelled';
  done: number;
  total: number;
}
