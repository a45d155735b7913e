// The disclosures part of the data set: events over the same years across a directory of
// recipients with a realistic skew. A handful of partners and advertisers carry recurring flows
// (bulk usage data, many events each); most recipients are police units and courts with a few
// one-off orders about one to three named subjects, taken from the requests' subjects so the
// per-subject view and the request page find them. Seeded and deterministic, like generator.ts.
import { addDays } from '../../shared/dates/iso';
import type { DisclosureContentInput, RecipientKind } from '../../shared/model/disclosure';
import { rng } from './prng';

export interface DisclosurePlanOptions {
  seed: number;
  disclosures: number;
  recipients: number;
  years: number;
  anchor: string;
}

export interface PlannedDisclosure {
  input: DisclosureContentInput;
  /** A plan row of the requests whose requester this concerns (its ref is known after import). */
  requestIndex: number | null;
}

interface Subject {
  email: string;
  customer: string;
}

const AUTHORITY_KINDS: ReadonlyArray<readonly [RecipientKind, number]> = [['law-enforcement', 70], ['court', 12], ['regulator', 6], ['other-public-authority', 12]];
const ORDER_GROUNDS = [['warrant', 40], ['court-order', 20], ['interception-order', 10], ['other-legal-process', 20], ['legal-obligation', 7], ['crime-evidence-found', 3]] as const;
const FLOW_KINDS = [['partner', 1], ['advertiser', 1]] as const;

/** `subjects[i]` is the requester of plan row i. */
export function planDisclosures(o: DisclosurePlanOptions, subjects: readonly Subject[]): PlannedDisclosure[] {
  const r = rng(o.seed);
  const span = Math.round(o.years * 365);
  const first = addDays(o.anchor, -span);
  // Ten flow recipients at full scale (2,000), at least two.
  const flows = Math.max(2, Math.round(o.recipients / 200));
  const recipients = Array.from({ length: o.recipients }, (_, i) =>
    i < flows ? { name: `Partner ${i + 1} B.V.`, kind: r.weighted(FLOW_KINDS) as RecipientKind } : { name: `Authority unit ${i + 1}`, kind: r.weighted(AUTHORITY_KINDS) },
  );
  // Authorities by a Zipf-like weight: a few busy units, a long tail with one or two orders.
  const authorityWeights = recipients.slice(flows).map((rec, i) => [rec, 1 / (i + 1)] as const);
  const days = Array.from({ length: o.disclosures }, () => r.int(0, span)).sort((a, b) => a - b);
  return days.map((day) => {
    const date = addDays(first, day);
    if (r.chance(0.3)) {
      const rec = recipients[r.int(0, flows - 1)]!;
      return {
        requestIndex: null,
        input: {
          recipient: { name: rec.name, kind: rec.kind, country: 'NL' },
          date,
          ground: rec.kind === 'advertiser' ? 'consent' : 'contract',
          categories: rec.kind === 'advertiser' ? ['website-usage-and-cookies'] : ['contact', 'account-and-services'],
          subjects: { bulkCount: r.int(100, 50_000) },
          flow: { frequency: r.pick(['daily', 'weekly', 'monthly'] as const), from: addDays(date, -r.int(0, 30)) },
        },
      };
    }
    const rec = r.weighted(authorityWeights);
    const named = Array.from({ length: r.int(1, 3) }, () => subjects[r.int(0, subjects.length - 1)]!);
    const requestIndex = r.chance(0.05) ? r.int(0, subjects.length - 1) : null;
    const secret = r.weighted([['may-tell', 55], ['secret-until', 35], ['secret', 10]] as const);
    return {
      requestIndex,
      input: {
        recipient: { name: rec.name, kind: rec.kind, country: 'NL' },
        date,
        ground: r.weighted(ORDER_GROUNDS),
        reference: `Order ${2020 + r.int(0, 6)}/${r.int(1000, 99999)}`,
        categories: r.chance(0.2) ? ['identity', 'logs-and-traffic', 'content-of-communications'] : ['identity', 'account-and-services'],
        subjects: { emails: named.map((s) => s.email), customerIds: named.filter((s) => s.customer && r.chance(0.5)).map((s) => s.customer) },
        inquiry: rec.kind === 'law-enforcement' && r.chance(0.25),
        secrecy: secret === 'may-tell' ? { decision: 'may-tell' } : { decision: secret, ground: 'GDPR Art. 23(1)(d); Sv art. 126bb', ...(secret === 'secret-until' ? { until: addDays(date, r.int(90, 730)) } : {}) },
        subjectToldOn: secret === 'may-tell' && r.chance(0.1) ? toldBy(addDays(date, r.int(1, 60)), o.anchor) : null,
      },
    };
  });
}

/** A day the subject was told, unless it would lie after "today". */
function toldBy(day: string, anchor: string): string | null {
  return day <= anchor ? day : null;
}
