// The requests list: filters, sort and offset paging with a total count, over indexes
// (0002-requests.sql) so 100,000 rows stay fast. Also the CSV export of the same view.
import type { Db } from '../../store/database';
import { addDays } from '../../../shared/dates/iso';
import { OPEN_STATUSES, type CsvExport, type RequestListQuery, type RequestListResult, type RequestSummary } from '../../../shared/model/request';
import type { z } from 'zod';
import type { requestFilterSchema } from '../../../shared/model/request';
import { toSummary, type RequestRow } from './repo';
import { csvLine } from './csv-out';

type Filter = z.output<typeof requestFilterSchema>;

/** Statuses whose clock runs: awaiting the subject stops it, so those are never "overdue". */
const RUNNING = ['received', 'in-progress', 'extended'];

const ORDER: Record<Filter['sort'], (dir: string) => string> = {
  due: (d) => `r.effective_due ${d}, r.id ${d}`,
  received: (d) => `r.received_date ${d}, r.received_time ${d}, r.id ${d}`,
  ref: (d) => `r.ref_year ${d}, r.ref_seq ${d}`,
  name: (d) => `r.name COLLATE NOCASE ${d}, r.id ${d}`,
  status: (d) => `r.status ${d}, r.effective_due ${d}, r.id ${d}`,
  updated: (d) => `r.updated_at ${d}, r.id ${d}`,
};

function placeholders(prefix: string, values: readonly string[], params: Record<string, unknown>): string {
  return values
    .map((v, i) => {
      params[`${prefix}${i}`] = v;
      return `@${prefix}${i}`;
    })
    .join(', ');
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function buildWhere(f: Filter, today: string): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.status?.length) where.push(`r.status IN (${placeholders('s', f.status, params)})`);
  if (f.open) where.push(`r.status IN (${placeholders('o', OPEN_STATUSES, params)})`);
  if (f.channel?.length) where.push(`r.channel IN (${placeholders('c', f.channel, params)})`);
  if (f.types?.length)
    where.push(`EXISTS (SELECT 1 FROM request_types rt WHERE rt.request_id = r.id AND rt.type IN (${placeholders('t', f.types, params)}))`);
  if (f.overdue || f.dueWithinDays !== undefined) where.push(`r.status IN (${placeholders('run', RUNNING, params)})`);
  if (f.overdue) {
    where.push('r.effective_due < @today');
    params.today = today;
  }
  if (f.dueWithinDays !== undefined) {
    where.push('r.effective_due <= @dueBy');
    params.dueBy = addDays(today, f.dueWithinDays);
  }
  const q = f.q?.trim();
  if (q) {
    if ([...q].length >= 3) {
      // Trigram FTS: a phrase query matches the text as a substring, any script, any case.
      where.push('r.id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH @fts)');
      params.fts = `"${q.replace(/"/g, '""')}"`;
    } else {
      where.push(
        "(r.name LIKE @like ESCAPE '\\' OR r.email LIKE @like ESCAPE '\\' OR r.ref LIKE @like ESCAPE '\\' OR r.customer_id LIKE @like ESCAPE '\\')",
      );
      params.like = `%${likeEscape(q)}%`;
    }
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const SELECT = 'SELECT r.*, d.ref AS dup_ref FROM requests r LEFT JOIN requests d ON d.id = r.possible_duplicate_of';

export function listRequests(db: Db, query: RequestListQuery, today: string): RequestListResult {
  const { sql, params } = buildWhere(query, today);
  const total = (db.prepare(`SELECT count(*) AS n FROM requests r ${sql}`).get(params) as { n: number }).n;
  const rows = db
    .prepare(`${SELECT} ${sql} ORDER BY ${ORDER[query.sort](query.dir === 'desc' ? 'DESC' : 'ASC')} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: query.limit, offset: query.offset }) as Array<RequestRow & { dup_ref: string | null }>;
  return { rows: rows.map((r) => toSummary(r, today)), total, offset: query.offset, limit: query.limit };
}

export function* iterateRequests(db: Db, filter: Filter, today: string): Generator<RequestSummary> {
  const { sql, params } = buildWhere(filter, today);
  const it = db.prepare(`${SELECT} ${sql} ORDER BY ${ORDER[filter.sort](filter.dir === 'desc' ? 'DESC' : 'ASC')}`).iterate(params) as IterableIterator<
    RequestRow & { dup_ref: string | null }
  >;
  for (const r of it) yield toSummary(r, today);
}

export const EXPORT_COLUMNS = [
  'ref', 'type', 'status', 'name', 'email', 'customer_id', 'channel', 'received', 'received_time', 'regime', 'country', 'due', 'days_left', 'urgency', 'possible_duplicate_of',
] as const;

export function exportCsv(db: Db, filter: Filter, today: string): CsvExport {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const s of iterateRequests(db, filter, today)) {
    lines.push(
      csvLine([s.ref, s.type, s.status, s.name, s.email, s.customerId, s.channel, s.received, s.receivedTime, s.regime, s.country, s.due, s.daysLeft, s.urgency, s.possibleDuplicateOf]),
    );
  }
  // CRLF per RFC 4180; a BOM so spreadsheet programs read UTF-8 names correctly.
  return { filename: `requests-${today}.csv`, csv: '\uFEFF' + lines.join('\r\n') + '\r\n', rows: lines.length - 1 };
}
