// Long work (imports; later PDF letters, audit packs, purges) runs off the UI thread; the caller
// polls its progress with an id it chose.
import { z } from 'zod';
import type { JobProgress } from '../model/request';
import { op } from './op';

export const jobOps = {
  'job.progress': op<JobProgress>()(z.object({ id: z.string().max(64) }), 'unlocked', 'app.use'),
} as const;
