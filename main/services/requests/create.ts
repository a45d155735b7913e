// Creating a request: reference, derived deadline, duplicate flag, first timeline entry and
// audit event. Used by request.create, the CSV import (many in one transaction) and .eml import.
import type { TxContext } from '../../store/store';
import type { Db } from '../../store/database';
import { newPublicId } from '../../store/public-id';
import { addDays, compareDates } from '../../../shared/dates/iso';
import type { Settings } from '../../../shared/model/settings';
import { DUPLICATE_WINDOW_DAYS, type ImportedAs, type RequestCreate } from '../../../shared/model/request';
import { receiptDeadlines, type ReceiptDeadline } from './deadline';
import { indexNow, type SearchIndexer } from './search-index';
import { searchForms } from '../../../shared/text/fold';
import { nameSortKey } from '../../../shared/text/name-sort';
import { RequestInputError } from './errors';
import { insertAttachment, requestOwner } from './attachments';
import { nextReferenceNumber } from '../../store/reference-counter';
import type { NewFile } from '../../store/file-store';
import { insertEvent, joinTypes, stmt } from './repo';

/** DSR-<year of receipt>-<sequence in that year, at least 5 digits>: human and sortable. */
export function formatRef(year: number, seq: number): string {
  return `DSR-${year}-${String(seq).padStart(5, '0')}`;
}

function nextRef(db: Db, year: number): { ref: string; year: number; seq: number } {
  const seq = nextReferenceNumber(db, 'DSR', year);
  return { ref: formatRef(year, seq), year, seq };
}

/**
 * The most recent other request from the same e-mail address or customer number received within
 * 30 days either side of this one, or null. Flagged, never merged: only the DPO can tell a
 * duplicate from a second, legitimate request.
 */
export function findPossibleDuplicate(db: Db, emailNorm: string, customerId: string | null, received: string, excludeId = -1): number | null {
  const from = addDays(received, -DUPLICATE_WINDOW_DAYS);
  const to = addDays(received, DUPLICATE_WINDOW_DAYS);
  // No e-mail address (a letter, a call): nothing to compare by it.
  const byEmail = emailNorm === '' ? undefined : stmt(
    db,
    `SELECT id, received_date FROM requests WHERE email_norm = ? AND received_date BETWEEN ? AND ? AND id <> ?
     ORDER BY received_date DESC, id DESC LIMIT 1`,
  ).get(emailNorm, from, to, excludeId) as { id: number; received_date: string } | undefined;
  const byCustomer = customerId
    ? (stmt(
        db,
        `SELECT id, received_date FROM requests WHERE customer_id = ? AND received_date BETWEEN ? AND ? AND id <> ?
         ORDER BY received_date DESC, id DESC LIMIT 1`,
      ).get(customerId, from, to, excludeId) as { id: number; received_date: string } | undefined)
    : undefined;
  if (byEmail && byCustomer) return compareDates(byEmail.received_date, byCustomer.received_date) >= 0 ? byEmail.id : byCustomer.id;
  return (byEmail ?? byCustomer)?.id ?? null;
}

export interface ResolvedCreate extends RequestCreate {
  regime: NonNullable<RequestCreate['regime']>;
  country: string;
}

/** Fills regime and country from Settings and checks the receipt date against today. */
export function resolveCreate(input: RequestCreate, settings: Settings, today: string): ResolvedCreate {
  if (compareDates(input.receivedDate, today) > 0)
    throw new RequestInputError({ receivedDate: [`The date received (${input.receivedDate}) is in the future; today is ${today}.`] });
  const regime = input.regime ?? settings.defaultRegime;
  // A country only makes sense with its regime; an explicit regime without country uses the
  // regime's own default (gdpr NL, uk-gdpr GB …) unless it is the Settings regime.
  const country = input.country ?? (regime === settings.defaultRegime ? settings.defaultCountry : '');
  return { ...input, regime, country };
}

export interface InsertOptions {
  attachments?: NewFile[];
  /** The timeline's action for the first entry: 'created', 'imported' … */
  source?: string;
  /** Shared by the rows of one import (deadline.ts); a single create computes its own. */
  deadlines?: ReceiptDeadline;
  /** Shared by the rows of one import, which indexes them together (search-index.ts). */
  search?: SearchIndexer;
  /** An imported request that was already further along: inserted in that status (import-csv.ts checks it). */
  history?: ImportedAs | undefined;
}

/**
 * Inserts one request inside the caller's transaction; returns its id and ref. With a shared
 * `search` indexer the caller flushes it; without one the row is indexed at once.
 */
export function insertRequest(
  t: TxContext,
  input: ResolvedCreate,
  settings: Settings,
  today: string,
  actor: string,
  { attachments = [], source = 'created', deadlines = receiptDeadlines(settings, today), search = indexNow(t.db), history }: InsertOptions = {},
): { id: number; ref: string; possibleDuplicateOf: number | null } {
  const deadline = deadlines(input.regime, input.country || null, input.receivedDate);
  // The engine applies the regime's default country when none was given.
  const country = deadline.country;
  const year = Number(input.receivedDate.slice(0, 4));
  const { ref, seq } = nextRef(t.db, year);
  const r = input.requester;
  // The column is NOT NULL (0002): a request without an e-mail address stores ''.
  const email = r.email ?? '';
  const emailNorm = email.toLowerCase();
  const customerId = r.customerId ?? null;
  const dup = findPossibleDuplicate(t.db, emailNorm, customerId, input.receivedDate);
  const types = joinTypes(input.types);
  const nameFolded = searchForms(r.name);
  const info = stmt(
    t.db,
    `INSERT INTO requests (public_id, ref, ref_year, ref_seq, types, status, name, email, email_norm, postal_address, phone, customer_id,
       relation, on_behalf_of, channel, mailbox, received_date, received_time, regime, country, description, answered_on,
       due, effective_due, extended_due, internal_target, clock_stopped, rules_version, possible_duplicate_of, created_at, updated_at,
       name_folded, name_sort)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)`,
  ).run(
    newPublicId(), ref, year, seq, types, history?.status ?? 'received', r.name, email, emailNorm, r.postalAddress ?? null, r.phone ?? null, customerId,
    r.relation, r.onBehalfOf ?? null, input.channel, input.mailbox ?? null, input.receivedDate, input.receivedTime ?? null,
    input.regime, country, input.description ?? null, history?.respondedOn ?? null,
    deadline.due, deadline.effectiveDue, deadline.extendedDue, deadline.internalTarget, deadline.rulesVersion, dup, t.now, t.now,
    nameFolded, nameSortKey(r.name),
  );
  const id = Number(info.lastInsertRowid);
  search.add({ id, ref, name: r.name, email, customerId, nameFolded });
  for (const type of input.types) stmt(t.db, 'INSERT INTO request_types (type, request_id) VALUES (?, ?)').run(type, id);
  insertEvent(t.db, {
    requestId: id,
    at: t.now,
    on: input.receivedDate,
    kind: 'created',
    direction: 'from-subject',
    action: source,
    event: { code: 'created', source, channel: input.channel, mailbox: input.mailbox ?? null, due: deadline.effectiveDue },
    actor,
  });
  t.audit({
    entityType: 'request',
    entityId: ref,
    summary: {
      created: {
        types,
        status: history?.status ?? 'received',
        ...(history && history.status !== 'received' ? { respondedOn: history.respondedOn, closedOn: history.closedOn } : {}),
        name: r.name,
        email: r.email ?? null,
        customerId,
        relation: r.relation,
        channel: input.channel,
        mailbox: input.mailbox ?? null,
        received: input.receivedDate,
        receivedTime: input.receivedTime ?? null,
        regime: input.regime,
        country,
        due: deadline.effectiveDue,
        rulesVersion: deadline.rulesVersion,
        possibleDuplicateOf: dup,
        source,
      },
    },
  });
  if (history && history.status !== 'received') {
    const { status, respondedOn, closedOn } = history;
    insertEvent(t.db, {
      requestId: id,
      at: t.now,
      on: closedOn ?? respondedOn ?? input.receivedDate,
      kind: 'action',
      direction: 'internal',
      action: source,
      event: { code: 'imported-state', status, respondedOn, closedOn },
      actor,
    });
  }
  for (const a of attachments) insertAttachment(t, requestOwner({ id, ref }), a, actor);
  return { id, ref, possibleDuplicateOf: dup };
}
