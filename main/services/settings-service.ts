// Settings: one row per key over the defaults (main/store/settings-repo.ts); every change audited.
import { actorOf, type FeatureHandlers } from '../../shared/handlers';
import type { settingsOps } from '../../shared/ops/settings';
import { readSettings, updateSettings } from '../store/settings-repo';
import type { Session } from './session';

export function settingsHandlers(session: Session): FeatureHandlers<typeof settingsOps> {
  return {
    'settings.get': () => readSettings(session.requireStore().db),
    'settings.update': (i, ctx) => updateSettings(session.requireStore(), actorOf(ctx), i),
  };
}
