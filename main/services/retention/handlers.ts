// Retention's operations over the unlocked store. Today is the organisation's calendar day.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { retentionOps } from '../../../shared/ops/retention';
import { readSettings } from '../../store/settings-repo';
import { todayIn } from '../requests/today';
import type { Session } from '../session';
import { holdOf, setHold } from './hold';
import { previewPurge, runPurge } from './purge';
import { purgeWorker, runPurgeJob } from './purge-job';
import type { JobRunner } from '../../jobs/job-runner';

export function retentionHandlers(session: Session, jobs: JobRunner, clock: () => Date = () => new Date()): FeatureHandlers<typeof retentionOps> {
  const ctx = () => {
    const store = session.requireStore();
    const settings = readSettings(store.db);
    return { store, rules: settings.retention, today: todayIn(clock(), settings.timeZone) };
  };
  return {
    'retention.preview': () => {
      const { store, rules, today } = ctx();
      return previewPurge(store, rules, today);
    },
    'retention.purge': (i, c) => {
      const { store, rules, today } = ctx();
      // With a progress id (the app's purge screen) it runs as a job that can be followed and cancelled.
      const worker = i.progressId ? purgeWorker() : null;
      if (i.progressId && worker) return runPurgeJob(jobs, session, i.progressId, worker, { actor: actorOf(c), rules, today, deleteOldBackups: i.deleteOldBackups });
      return runPurge(store, actorOf(c), rules, today, { deleteOldBackups: i.deleteOldBackups });
    },
    'retention.holdOf': (i) => {
      const { store, today } = ctx();
      return holdOf(store.db, i.ref, today);
    },
    'retention.hold': (i, c) => {
      const { store, today } = ctx();
      return setHold(store, actorOf(c), i, today);
    },
  };
}
