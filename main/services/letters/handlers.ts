// The letters feature's handlers: one LetterService per call over the unlocked store.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { letterOps } from '../../../shared/ops/letters';
import type { Session } from '../session';
import { LetterService } from './service';
import type { JobRunner } from '../../jobs/job-runner';
import { runLetterJob } from './job';

export function letterHandlers(session: Session, jobs: JobRunner): FeatureHandlers<typeof letterOps> {
  const letters = () => new LetterService(session.requireStore());
  return {
    'letter.templates': () => letters().templates(),
    'letter.templateSave': (i, ctx) => letters().saveTemplate(i, actorOf(ctx)),
    'letter.templateReset': (i, ctx) => letters().resetTemplate(i, actorOf(ctx)),
    'letter.preview': (i) => letters().preview(i),
    'letter.generate': (i, ctx) => runLetterJob(jobs, session, i, actorOf(ctx)),
    'letter.forRequest': (i) => letters().forRequest(i.ref),
    'letter.markSent': (i, ctx) => letters().markSent(i, actorOf(ctx)),
    'letter.setLanguage': (i, ctx) => letters().setLanguage(i, actorOf(ctx)),
  };
}
