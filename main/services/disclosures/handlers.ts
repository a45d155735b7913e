// The disclosures feature's handlers: one DisclosureService per call over the unlocked store.
import { actorOf, type FeatureHandlers } from '../../../shared/handlers';
import type { disclosureOps } from '../../../shared/ops/disclosures';
import type { Session } from '../session';
import { RequestService } from '../requests/service';
import { DisclosureService } from './service';

export function disclosureHandlers(session: Session): FeatureHandlers<typeof disclosureOps> {
  const disclosures = () => new DisclosureService(session.requireStore());
  return {
    'disclosure.add': (i, ctx) => disclosures().add(i, actorOf(ctx)),
    'disclosure.correct': (i, ctx) => disclosures().correct(i, actorOf(ctx)),
    'disclosure.get': (i) => disclosures().get(i.id),
    'disclosure.list': (i) => disclosures().list(i),
    'disclosure.recipients': () => disclosures().recipients(),
    'disclosure.recipient': (i) => disclosures().recipient(i.id),
    'disclosure.correctRecipient': (i, ctx) => disclosures().correctRecipient(i, actorOf(ctx)),
    'disclosure.forSubject': (i) => disclosures().forSubject(i),
    'disclosure.stats': (i) => disclosures().stats(i),
    'disclosure.statsCsv': (i) => disclosures().statsCsv(i),
    'disclosure.art19Notice': (i, ctx) => {
      disclosures().art19Notice(i, actorOf(ctx));
      // The request page shows the record next to the listing: answer with the request as now.
      return new RequestService(session.requireStore()).detail(i.ref);
    },
    'disclosure.fileGet': (i) => disclosures().fileGet(i),
    'disclosure.dueReminders': (i, ctx) => disclosures().dueReminders(i.peek, actorOf(ctx)),
    'disclosure.notices': (_i, ctx) => disclosures().notices(actorOf(ctx)),
  };
}
