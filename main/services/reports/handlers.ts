// The report operations: generation through the job runner (worker thread when built), the
// register of generated reports, reading and saving their PDFs.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { reportOps } from '../../../shared/ops/reports';
import type { JobRunner } from '../../jobs/job-runner';
import { readFile } from '../../store/file-store';
import type { Session } from '../session';
import { runReport } from './job';
import { listReports, reportByPublicId } from './list';
import { saveReport } from './save';

export function reportHandlers(session: Session, jobs: JobRunner): FeatureHandlers<typeof reportOps> {
  return {
    'report.caseFile': (i, ctx) => runReport(jobs, session, 'case-file', i, actorOf(ctx)),
    'report.auditPack': (i, ctx) => runReport(jobs, session, 'audit-pack', i, actorOf(ctx)),
    'report.processingRecord': (i, ctx) => runReport(jobs, session, 'processing-record', i, actorOf(ctx)),
    'report.list': (i) => listReports(session.requireStore().db, i.kind, i.limit),
    'report.content': (i) => {
      const db = session.requireStore().db;
      const r = reportByPublicId(db, i.report);
      return readFile(db, r.owner, r.fileId);
    },
    'report.save': (i, ctx) => saveReport(session.requireStore(), actorOf(ctx), i.report, i.out, i.force),
  };
}
