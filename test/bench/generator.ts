// The data set: N requests spread over several years, across types, channels and outcomes, each
// with the lifecycle a DPO would record (start, identity check, pauses, extensions, answer,
// close, refusals, withdrawals, duplicates, notes). Seeded and deterministic: the same seed,
// scale and anchor date give the same rows and the same operations, in the same order.
//
// Everything here is a plan; populate.ts replays it through the real service path, so every
// row, deadline and audit event in the benchmark database is one the app itself wrote.
import { addDays, compareDates } from '../../shared/dates/iso';
import type { RequestTransitionInput, RequestType } from '../../shared/model/request';
import { rng, type Rng } from './prng';
import { planDisclosures, type PlannedDisclosure } from './disclosure-plan';

export interface GeneratorOptions {
  seed: number;
  requests: number;
  /** Minimum audit events the replayed plan must produce; notes make up the difference. */
  auditEvents: number;
  years: number;
  /** "Today": the newest receipt date and the latest date any action may carry. */
  anchor: string;
  /** Disclosure events over the same years, and the recipients they go to. */
  disclosures: number;
  recipients: number;
}

/** A transition without its ref; mark-duplicate names its original by plan index. */
export type TransitionPlan = DistributiveOmit<RequestTransitionInput, 'ref' | 'originalRef'> & { originalIndex?: number };

export type Step =
  | { kind: 'transition'; on: string; input: TransitionPlan }
  | { kind: 'note'; on: string; direction: 'internal' | 'to-subject' | 'from-subject'; text: string };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface PlannedRequest {
  /** Cells in IMPORT_HEADER order. */
  cells: string[];
  received: string;
  steps: Step[];
}

export interface DataSet {
  options: GeneratorOptions;
  requests: PlannedRequest[];
  /** Disclosure events (disclosure-plan.ts), replayed after the requests. */
  disclosures: PlannedDisclosure[];
  /** SEAM: policy revisions do not exist yet; nothing is invented until they do. */
  policyRevisions: 0;
  /** Audit events the plan produces when replayed: one per row imported, one per import, one per step. */
  plannedAuditEvents: number;
}

export const IMPORT_HEADER = ['type', 'name', 'email', 'received', 'channel', 'customer_id', 'regime', 'country', 'notes'] as const;

const TYPES: ReadonlyArray<readonly [RequestType[], number]> = [
  [['access'], 30], [['erasure'], 20], [['marketing-optout'], 16], [['access', 'erasure'], 8], [['rectification'], 7],
  [['objection'], 5], [['portability'], 4], [['consent-withdrawal'], 4], [['restriction'], 2], [['automated-decision'], 1], [['other'], 3],
];
const CHANNELS: ReadonlyArray<readonly [string, number]> = [
  ['email:optout@netrouting.example', 22], ['email:billing@netrouting.example', 14], ['email:legal@netrouting.example', 12], ['email', 8],
  ['web-form', 20], ['live-chat', 10], ['phone', 8], ['letter', 5], ['in-person', 1],
];
const FIRST = ['Anna', 'Jan', 'Pieter', 'Sanne', 'Daan', 'Emma', 'Lucas', 'Julia', 'Noah', 'Sophie', 'Jürgen', 'Zoë', 'Łukasz', 'Chloé', 'Mehmet', 'Fatima', 'Oleksandr', 'Siobhán', 'Björn', 'Ana María', '美咲', 'Ngozi'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Dijk', 'Müller', 'Kowalski', 'Yılmaz', 'Ó Briain', 'García López', 'Nakamura', 'Okafor'];
const DOMAINS = ['example.com', 'mail.example.net', 'example.org', 'hosting-klant.example', 'example.de'];
const NOTES = [
  'Customer called to ask about progress',
  'Checked the billing system and the ticket history',
  'Asked engineering for the server logs of the account',
  'Mailing list suppression confirmed by marketing',
  'Backups roll off after 90 days; explained in the answer',
  'Draft answer reviewed by legal',
];

/** Only these types can be answered without checking identity (request-machine.ts). */
const NO_ID_NEEDED: readonly RequestType[] = ['marketing-optout', 'consent-withdrawal'];

export function generate(o: GeneratorOptions): DataSet {
  const r = rng(o.seed);
  const first = addDays(o.anchor, -Math.round(o.years * 365));
  const span = Math.round(o.years * 365);
  // Receipt dates ascending, as an old register exported to CSV would be.
  const days = Array.from({ length: o.requests }, () => r.int(0, span)).sort((a, b) => a - b);
  const subjects: Array<{ name: string; email: string; customer: string }> = [];
  const requests: PlannedRequest[] = [];
  const closedIdx: number[] = [];
  for (let i = 0; i < o.requests; i++) {
    const received = addDays(first, days[i]!);
    // Some subjects write twice (follow-ups, a second mailbox): realistic duplicate flags.
    const subject = subjects.length > 50 && r.chance(0.04) ? r.pick(subjects.slice(-50)) : newSubject(r, i);
    subjects.push(subject);
    const types = r.weighted(TYPES);
    const channel = r.weighted(CHANNELS);
    const time = `${String(r.int(7, 21)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}`;
    const cells = [
      types.join('+'), subject.name, subject.email, `${received} ${time}`, channel, subject.customer, '', '',
      r.chance(0.3) ? `Imported from the ticket system, ticket #${100000 + i}` : '',
    ];
    const steps = lifecycle(r, types, received, o.anchor, closedIdx);
    if (steps.some((s) => s.kind === 'transition' && s.input.action === 'close')) closedIdx.push(i);
    requests.push({ cells, received, steps });
  }
  // Notes make up the rest of the audit volume a busy office produces (calls, internal checks).
  const imports = Math.ceil(o.requests / IMPORT_CHUNK);
  let planned = o.requests + imports + requests.reduce((n, q) => n + q.steps.length, 0);
  while (planned < o.auditEvents) {
    const q = requests[r.int(0, requests.length - 1)]!;
    const last = q.steps.reduce((d, s) => maxOf(d, stepDate(s)), q.received);
    const on = addDays(q.received, r.int(0, Math.max(0, dayDiff(q.received, last))));
    q.steps.push({ kind: 'note', direction: r.weighted([['internal', 6], ['from-subject', 2], ['to-subject', 2]] as const), text: r.pick(NOTES), on });
    planned++;
  }
  // A separate stream (seed + 1), so the requests stay the same whatever the disclosures add.
  const disclosures = planDisclosures({ seed: o.seed + 1, disclosures: o.disclosures, recipients: o.recipients, years: o.years, anchor: o.anchor }, subjects.map((s) => ({ email: s.email, customer: s.customer })));
  return { options: o, requests, disclosures, policyRevisions: 0, plannedAuditEvents: planned };
}

/** Rows per request.import call when populating (the import figure imports everything at once). */
export const IMPORT_CHUNK = 100_000;

function newSubject(r: Rng, i: number): { name: string; email: string; customer: string } {
  const f = r.pick(FIRST);
  const l = r.pick(LAST);
  const local = `${f}.${l}`.toLowerCase().normalize('NFKD').replace(/[^a-z.]/g, '') || 'klant';
  return { name: `${f} ${l}`, email: `${local}.${i}@${r.pick(DOMAINS)}`, customer: r.chance(0.7) ? `C-${String(100000 + i)}` : '' };
}

function lifecycle(r: Rng, types: RequestType[], received: string, today: string, closed: number[]): Step[] {
  const steps: Step[] = [];
  let d = received;
  const at = (offset: number) => (d = addDays(d, offset));
  const needsId = !types.every((t) => NO_ID_NEEDED.includes(t));
  const t = (on: string, input: TransitionPlan): void => void steps.push({ kind: 'transition', on, input });
  const outcome = r.weighted([['close', 80], ['respond', 7], ['refuse', 6], ['withdraw', 4], ['duplicate', 3]] as const);
  if (outcome === 'duplicate' && closed.length) {
    t(at(r.int(0, 3)), { action: 'mark-duplicate', originalIndex: closed[r.int(Math.max(0, closed.length - 200), closed.length - 1)]! });
    return cut(steps, today);
  }
  if (needsId && r.chance(0.15)) {
    t(at(r.int(0, 2)), { action: 'pause', reason: 'identity', on: d });
    t(at(r.int(1, 9)), { action: 'verify', method: 'id-document', on: d });
  } else {
    t(at(r.int(0, 3)), { action: 'start' });
    if (needsId) t(at(r.int(0, 3)), { action: 'verify', method: r.chance(0.8) ? 'account-email' : 'id-document', on: d });
  }
  if (r.chance(0.05)) {
    t(at(r.int(0, 2)), { action: 'pause', reason: 'clarification', on: d });
    t(at(r.int(1, 8)), { action: 'resume', on: d });
  }
  let extended = false;
  // The notice must go out inside the first month (GDPR Art. 12(3)).
  if (r.chance(0.08) && dayDiff(received, d) < 20) {
    extended = true;
    t(at(r.int(1, 5)), { action: 'extend', extensionNoticeSentOn: d, reasons: 'Complex request: mailboxes and backups on several platforms must be searched' });
  }
  if (outcome === 'refuse') {
    t(at(r.int(1, 10)), { action: 'refuse', ground: r.pick(['manifestly-unfounded', 'excessive', 'exemption'] as const), on: d, reason: 'The request repeats one answered last month (GDPR Art. 12(5))' });
  } else if (outcome === 'withdraw') {
    t(at(r.int(1, 10)), { action: 'withdraw', on: d });
  } else {
    // Mostly on time; a few late answers keep the on-time rate honest.
    t(at(r.chance(0.94) ? r.int(2, extended ? 40 : 18) : r.int(30, 45)), { action: 'respond', on: d, summary: 'Answer sent with the requested information' });
    if (outcome === 'close') t(at(r.int(0, 3)), { action: 'close', art19: [] });
  }
  return cut(steps, today);
}

/** Drops the steps that would lie in the future: recent requests are still open. */
function cut(steps: Step[], today: string): Step[] {
  const end = steps.findIndex((s) => compareDates(stepDate(s), today) > 0);
  return end < 0 ? steps : steps.slice(0, end);
}

/** The day a step happens (start and close take no date in the op; the plan still orders them). */
export function stepDate(s: Step): string {
  return s.on;
}

function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

function maxOf(a: string, b: string): string {
  return compareDates(a, b) >= 0 ? a : b;
}

export function csvCell(v: string): string {
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(requests: readonly PlannedRequest[]): string {
  return [IMPORT_HEADER.join(','), ...requests.map((q) => q.cells.map(csvCell).join(','))].join('\n') + '\n';
}
