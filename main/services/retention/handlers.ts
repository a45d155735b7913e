// Retention's operations over the unlocked store. Today is the organisation's calendar day.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { retentionOps } from '../../../shared/ops/retention';
import { readSettings } from '../../store/settings-repo';
import { todayIn } from '../requests/today';
import type { Session } from '../session';
import { setHold } from './hold';
import { previewPurge, runPurge } from './purge';

export function retentionHandlers(session: Session, clock: () => Date = () => new Date()): FeatureHandlers<typeof retentionOps> {
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
      return runPurge(store, actorOf(c), rules, today, { deleteOldBackups: i.deleteOldBackups });
    },
    'retention.hold': (i, c) => {
      const { store, today } = ctx();
      return setHold(store, actorOf(c), i, today);
    },
  };
}
