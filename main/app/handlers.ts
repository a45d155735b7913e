// The composition root's table: every feature contributes the handlers of its operations, and
// `satisfies Handlers` makes a missing or misspelt one a compile error, so the contract in
// shared/api.ts and the services cannot drift apart. Adding a register adds one line here.
import type { Handlers } from '../../shared/handlers';
import { computeDeadline } from '../../shared/deadlines';
import type { Session } from '../services/session';
import { auditHandlers } from '../services/audit-service';
import { backupHandlers } from '../services/backup-service';
import { exportHandlers } from '../services/export-service';
import { JobRunner } from '../jobs/job-runner';
import { requestHandlers } from '../services/requests/handlers';
import { disclosureHandlers } from '../services/disclosures/handlers';
import { breachHandlers } from '../services/breaches/handlers';
import { retentionHandlers } from '../services/retention/handlers';
import { policyHandlers } from '../services/policy/handlers';
import { letterHandlers } from '../services/letters/handlers';
import { processingHandlers } from '../services/processing/handlers';
import { reportHandlers } from '../services/reports/handlers';
import { settingsHandlers } from '../services/settings-service';
import { storeHandlers } from '../services/store-check';
import { vaultHandlers } from '../services/vault-service';

export function createHandlers(session: Session): Handlers {
  const jobs = new JobRunner();
  return {
    ...vaultHandlers(session),
    ...settingsHandlers(session),
    ...auditHandlers(session),
    ...backupHandlers(session),
    ...exportHandlers(session),
    ...storeHandlers(session),
    'job.progress': (i) => jobs.progress(i.id),
    'job.cancel': (i) => jobs.cancel(i.id),
    ...requestHandlers(session, jobs),
    ...disclosureHandlers(session),
    ...breachHandlers(session),
    ...retentionHandlers(session, jobs),
    ...policyHandlers(session),
    ...letterHandlers(session, jobs),
    ...processingHandlers(session),
    ...reportHandlers(session, jobs),
    // Pure: the deadline engine needs no store.
    'deadline.compute': (i) => computeDeadline(i),
  } satisfies Handlers;
}
