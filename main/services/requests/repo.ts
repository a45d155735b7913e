// Rows and reads of the request tables. Writes happen only inside Store.tx (see the other
// modules); everything here takes a Db so it works inside and outside a transaction.
import { PUBLIC_ID_PATTERN } from '../../../shared/model/fields';
import type { Db } from '../../store/database';
import { daysBetween } from '../../../shared/dates/iso';
import {
  AWAITING_STATUSES,
  DUE_SOON_DAYS,
  OPEN_STATUSES,
  REQUEST_TYPES,
  type Channel,
  type PauseRecord,
  type RequestStatus,
  type RequestSummary,
  type RequestType,
  type TimelineEntry,
  type Urgency,
} from '../../../shared/model/request';
import { en } from '../../../shared/i18n/en';
import { DEFAULT_LOCALE } from '../../../shared/i18n/locales';
import { timelineText } from '../../../shared/i18n/timeline';
import type { TimelineEvent } from '../../../shared/model/timeline';
import { RequestNotFoundError } from './errors';

export interface RequestRow {
  id: number;
  public_id: string;
  ref: string;
  ref_year: number;
  ref_seq: number;
  types: string;
  status: RequestStatus;
  name: string;
  email: string;
  email_norm: string;
  postal_address: string | null;
  phone: string | null;
  customer_id: string | null;
  relation: 'self' | 'representative' | 'parent';
  on_behalf_of: string | null;
  channel: Channel;
  mailbox: string | null;
  received_date: string;
  received_time: string | null;
  regime: string;
  country: string;
  description: string | null;
  due: string;
  effective_due: string;
  extended_due: string | null;
  internal_target: string;
  clock_stopped: number;
  rules_version: string;
  verification_method: string | null;
  verified_on: string | null;
  verified_by: string | null;
  extension_notice_on: string | null;
  extension_reasons: string | null;
  answered_on: string | null;
  refusal_ground: string | null;
  refusal_reason: string | null;
  duplicate_of: number | null;
  possible_duplicate_of: number | null;
  created_at: string;
  updated_at: string;
  version: number;
  /** The language of letters to this subject; null: the organisation profile's default (migration 0018). */
  letter_language: string | null;
}

// The statement cache is the store's (one for every repository); re-exported for this feature's modules.
export { stmt, pluckStmt, rawStmt } from '../../store/statements';
import { stmt } from '../../store/statements';

export function parseTypes(joined: string): RequestType[] {
  const parts = joined.split('+');
  return REQUEST_TYPES.filter((t) => parts.includes(t));
}

export function joinTypes(types: readonly RequestType[]): string {
  return REQUEST_TYPES.filter((t) => types.includes(t)).join('+');
}

/** By reference, or by public id (refField accepts either; references never look like one). */
export function findRow(db: Db, ref: string): RequestRow | undefined {
  const column = PUBLIC_ID_PATTERN.test(ref) ? 'public_id' : 'ref';
  return stmt(db, `SELECT * FROM requests WHERE ${column} = ?`).get(ref) as RequestRow | undefined;
}

export function requireRow(db: Db, ref: string): RequestRow {
  const row = findRow(db, ref);
  if (!row) throw new RequestNotFoundError(ref);
  return row;
}

export function refOfId(db: Db, id: number | null): string | null {
  if (id === null) return null;
  const r = stmt(db, 'SELECT ref FROM requests WHERE id = ?').get(id) as { ref: string } | undefined;
  return r?.ref ?? null;
}

export function urgencyOf(status: RequestStatus, due: string, today: string): { daysLeft: number | null; urgency: Urgency } {
  if (!OPEN_STATUSES.includes(status)) return { daysLeft: null, urgency: 'done' };
  const daysLeft = daysBetween(today, due);
  if (AWAITING_STATUSES.includes(status)) return { daysLeft, urgency: 'paused' };
  return { daysLeft, urgency: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'due-soon' : 'on-track' };
}

/**
 * The columns a summary needs. Lists read these instead of `r.*`: at 200 rows a page, turning 43
 * columns into JavaScript values cost twice the time of 17 (measured in the benchmarks issue).
 */
export const SUMMARY_COLUMNS = [
  'id', 'public_id', 'ref', 'types', 'name', 'email', 'customer_id', 'status', 'channel', 'received_date', 'received_time', 'regime', 'country',
  'effective_due', 'clock_stopped', 'updated_at', 'version',
] as const satisfies ReadonlyArray<keyof RequestRow>;
export type SummaryRow = Pick<RequestRow, (typeof SUMMARY_COLUMNS)[number]>;

/** `SUMMARY_COLUMNS` qualified by a table alias, for a SELECT list. */
export function summaryColumns(alias: string): string {
  return SUMMARY_COLUMNS.map((c) => `${alias}.${c}`).join(', ');
}

/**
 * Summaries from raw rows (SUMMARY_COLUMNS, then the duplicate's ref): better-sqlite3 returns
 * arrays in about half the time it takes to build objects with named keys, which is most of a
 * list page's cost (measured in the benchmarks issue).
 */
export function summariesFromCells(rows: unknown[][], today: string): RequestSummary[] {
  const n = SUMMARY_COLUMNS.length;
  return rows.map((cells) => {
    const row: Record<string, unknown> = { dup_ref: cells[n] };
    for (let i = 0; i < n; i++) row[SUMMARY_COLUMNS[i]!] = cells[i];
    return toSummary(row as unknown as SummaryRow & { dup_ref: string | null }, today);
  });
}

/** Row → list entry. `dup_ref` is the possible duplicate's ref (joined by the caller). */
export function toSummary(row: SummaryRow & { dup_ref?: string | null }, today: string): RequestSummary {
  const types = parseTypes(row.types);
  return {
    id: row.id,
    publicId: row.public_id,
    ref: row.ref,
    type: types.join('+'),
    types,
    name: row.name,
    email: row.email,
    customerId: row.customer_id,
    status: row.status,
    channel: row.channel,
    received: row.received_date,
    receivedTime: row.received_time,
    regime: row.regime,
    country: row.country,
    due: row.effective_due,
    clockStopped: row.clock_stopped === 1,
    ...urgencyOf(row.status, row.effective_due, today),
    possibleDuplicateOf: row.dup_ref ?? null,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export function pausesOf(db: Db, requestId: number): PauseRecord[] {
  return (stmt(db, 'SELECT reason, from_date, to_date FROM request_pauses WHERE request_id = ? ORDER BY from_date, id').all(requestId) as Array<{
    reason: 'identity' | 'clarification';
    from_date: string;
    to_date: string | null;
  }>).map((p) => ({ reason: p.reason, from: p.from_date, to: p.to_date }));
}

interface EventRow {
  id: number;
  at: string;
  on_date: string | null;
  kind: TimelineEntry['kind'];
  direction: TimelineEntry['direction'];
  action: string | null;
  text: string;
  actor: string;
  attachment_id: number | null;
  code: string | null;
  params: string | null;
}

/** The stored code and parameters as an event; null for notes and for entries from before codes. */
function eventOf(e: EventRow): TimelineEvent | null {
  if (e.code === null) return null;
  return { ...(e.params ? (JSON.parse(e.params) as object) : {}), code: e.code } as TimelineEvent;
}

/** Newest first. `text` is the English rendering of the event, or the text as recorded. */
export function timelineOf(db: Db, requestId: number): TimelineEntry[] {
  const rows = stmt(db, 'SELECT * FROM request_events WHERE request_id = ? ORDER BY at DESC, id DESC').all(requestId) as EventRow[];
  return rows.map((e) => {
    const event = eventOf(e);
    return {
      id: e.id,
      at: e.at,
      on: e.on_date,
      kind: e.kind,
      direction: e.direction,
      action: e.action,
      event,
      text: event ? timelineText(event, en, DEFAULT_LOCALE) : e.text,
      actor: e.actor,
      attachmentId: e.attachment_id,
    };
  });
}

export interface EventInsert {
  requestId: number;
  at: string;
  on?: string | null;
  kind: TimelineEntry['kind'];
  direction?: TimelineEntry['direction'];
  action?: string | null;
  actor: string;
  attachmentId?: number | null;
}

/**
 * One timeline entry: either an event (code and parameters, written in the reader's language
 * when shown) or free text typed by the DPO (a note), stored as typed.
 */
export function insertEvent(db: Db, e: EventInsert & ({ event: TimelineEvent } | { text: string })): void {
  const { code, params } = 'event' in e ? splitEvent(e.event) : { code: null, params: null };
  stmt(
    db,
    'INSERT INTO request_events (request_id, at, on_date, kind, direction, action, text, actor, attachment_id, code, params) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(e.requestId, e.at, e.on ?? null, e.kind, e.direction ?? 'internal', e.action ?? null, 'text' in e ? e.text : '', e.actor, e.attachmentId ?? null, code, params);
}

function splitEvent(event: TimelineEvent): { code: string; params: string } {
  const { code, ...params } = event;
  return { code, params: JSON.stringify(params) };
}
