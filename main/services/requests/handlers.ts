// The request feature's handlers: one RequestService per call over the unlocked store. Imports run
// on a worker thread in the long-lived hosts; the CLI and dry runs import inline.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { requestOps } from '../../../shared/ops/requests';
import type { Session } from '../session';
import type { JobRunner } from '../../jobs/job-runner';
import { importWorker, runImportJob } from './import-job';
import { RequestService } from './service';

export function requestHandlers(session: Session, jobs: JobRunner): FeatureHandlers<typeof requestOps> {
  const requests = () => new RequestService(session.requireStore());
  return {
    'request.create': (i, ctx) => requests().create(i, actorOf(ctx)),
    'request.list': (i) => requests().list(i),
    'request.get': (i) => requests().detail(i.ref),
    'request.transition': (i, ctx) => requests().transition(i, actorOf(ctx)),
    'request.addNote': (i, ctx) => requests().addNote(i, actorOf(ctx)),
    'request.attach': (i, ctx) => requests().attach(i, actorOf(ctx)),
    'request.attachmentGet': (i) => requests().attachmentGet(i),
    'request.attachmentDelete': (i, ctx) => requests().attachmentDelete(i, actorOf(ctx)),
    'request.art19Recipients': (i) => requests().art19Recipients(i.ref),
    'request.importPreview': (i) => requests().importPreview(i),
    'request.import': (i, ctx) => {
      const worker = session.host === 'cli' || i.dryRun ? null : importWorker();
      return worker ? runImportJob(jobs, session, i, actorOf(ctx), worker) : requests().import(i, actorOf(ctx));
    },
    'request.parseEml': (i) => requests().parseEml(i),
    'request.importEml': (i, ctx) => requests().importEml(i, actorOf(ctx)),
    'request.dashboard': () => requests().dashboard(),
    'request.exportCsv': (i) => requests().exportCsv(i),
    'request.dueReminders': (i, ctx) => requests().dueReminders(i.peek, actorOf(ctx)),
  };
}
