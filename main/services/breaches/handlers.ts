// The breach register's handlers: one BreachService per call over the unlocked store.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { breachOps } from '../../../shared/ops/breaches';
import type { Session } from '../session';
import { BreachService } from './service';

export function breachHandlers(session: Session): FeatureHandlers<typeof breachOps> {
  const breaches = () => new BreachService(session.requireStore());
  return {
    'breach.add': (i, ctx) => breaches().add(i, actorOf(ctx)),
    'breach.correct': (i, ctx) => breaches().correct(i, actorOf(ctx)),
    'breach.notify': (i, ctx) => breaches().notify(i, actorOf(ctx)),
    'breach.followUp': (i, ctx) => breaches().followUp(i, actorOf(ctx)),
    'breach.attach': (i, ctx) => breaches().attach(i, actorOf(ctx)),
    'breach.get': (i) => breaches().get(i.id),
    'breach.list': (i) => breaches().list(i),
    'breach.asOf': (i) => breaches().asOf(i),
    'breach.exportCsv': (i) => breaches().exportCsv(i),
    'breach.fileGet': (i) => breaches().fileGet(i),
    'breach.alerts': () => breaches().alerts(),
  };
}
