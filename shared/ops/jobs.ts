// Long work (imports; later PDF letters, audit packs, purges) runs off the UI thread; the caller
// polls its progress with an id it chose.
import { jobRefInput, type JobProgress } from '../model/jobs';
import { op } from './op';

export const jobOps = {
  'job.progress': op<JobProgress>()(jobRefInput, 'unlocked', 'app.use'),
  /** Asks a running job to stop; what it had not committed is rolled back. Unknown ids answer `unknown`. */
  'job.cancel': op<JobProgress>()(jobRefInput, 'unlocked', 'app.use'),
} as const;
