// The policy revisions feature's handlers: one PolicyService per call over the unlocked store;
// `policy.check` needs no store.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { policyOps } from '../../../shared/ops/policy';
import type { Session } from '../session';
import { PolicyService } from './service';
import { checkPolicy } from './check';

export function policyHandlers(session: Session): FeatureHandlers<typeof policyOps> {
  const policy = () => new PolicyService(session.requireStore());
  return {
    'policy.add': (i, ctx) => policy().add(i, actorOf(ctx)),
    'policy.update': (i, ctx) => policy().update(i, actorOf(ctx)),
    'policy.get': (i) => policy().get(i.id),
    'policy.list': () => policy().list(),
    'policy.diff': (i) => policy().diff(i.a, i.b),
    'policy.override': (i, ctx) => policy().override(i, actorOf(ctx)),
    'policy.practices': () => policy().practices(),
    'policy.recheck': (i, ctx) => policy().recheck(i.id, actorOf(ctx)),
    'policy.fileGet': (i) => policy().fileGet(i),
    'policy.check': (i) => checkPolicy(i.source),
  };
}
