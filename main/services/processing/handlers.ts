// The processing-records feature's handlers: one ProcessingService per call over the unlocked store.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { processingOps } from '../../../shared/ops/processing';
import type { Session } from '../session';
import { ProcessingService } from './service';

export function processingHandlers(session: Session): FeatureHandlers<typeof processingOps> {
  const processing = () => new ProcessingService(session.requireStore());
  return {
    'processing.add': (i, ctx) => processing().add(i, actorOf(ctx)),
    'processing.edit': (i, ctx) => processing().edit(i, actorOf(ctx)),
    'processing.reviewed': (i, ctx) => processing().reviewed(i, actorOf(ctx)),
    'processing.delete': (i, ctx) => processing().delete(i, actorOf(ctx)),
    'processing.get': (i) => processing().get(i.id),
    'processing.list': (i) => processing().list(i),
    'processing.asOf': (i) => processing().asOf(i.date),
    'processing.covering': (i) => processing().covering(i.subjectKind, i.asOf),
    'processing.reviewDue': () => processing().reviewDue(),
    'processing.csv': (i) => processing().csv(i),
    'processing.loadExample': (_i, ctx) => processing().loadExample(actorOf(ctx)),
  };
}
