// Letters are generated as jobs on the report worker (main/workers/report-worker.ts), like the
// case file and the audit pack: the app stays responsive, the caller follows `job.progress` and
// may `job.cancel` by the id it chose (checked between the letter's blocks; the transaction then
// rolls back, leaving no file). Inline where the build has no worker (the sources under test).
import type { GeneratedLetter, LetterGenerate } from '../../../shared/model/letter';
import type { JobRunner } from '../../jobs/job-runner';
import type { Store } from '../../store/store';
import type { Session } from '../session';
import { reportWorker } from '../reports/job';
import { LetterService } from './service';

/** What the report worker receives for a letter (beside the report kinds). */
export interface LetterJobData {
  dataDir: string;
  key: Uint8Array;
  kind: 'letter';
  input: LetterGenerate;
  actor: string;
}

/** The worker's body for a letter, and the inline fallback. */
export function generateLetter(store: Store, input: LetterGenerate, actor: string, step: (done: number, total: number) => void): GeneratedLetter {
  return new LetterService(store).generate(input, actor, step);
}

export function runLetterJob(jobs: JobRunner, session: Session, input: LetterGenerate, actor: string): Promise<GeneratedLetter> {
  const worker = reportWorker();
  if (!worker) return Promise.resolve(generateLetter(session.requireStore(), input, actor, () => {}));
  return jobs.run<LetterJobData, GeneratedLetter>({
    id: input.progressId,
    worker,
    // The key is copied only once the worker's bytes are checked.
    prepare: () => {
      const key = new Uint8Array(session.requireKey());
      return { data: { dataDir: session.dataDir, key, kind: 'letter', input, actor }, transferList: [key.buffer as ArrayBuffer] };
    },
    what: 'The letter',
  });
}
