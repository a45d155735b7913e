// The requests list: filters, sort and offset paging with a total count, over indexes
// (0002-requests.sql) and the counts table and work-queue indexes (0004-list-counts.sql), so
// 100,000 rows stay fast. Also the CSV export of the same view.
import type { Db } from '../../store/database';
import { addDays } from '../../../shared/dates/iso';
import { type CsvExport, type RequestListQuery, type RequestListResult, type RequestSummary } from '../../../shared/model/request';
import type { z } from 'zod';
import type { requestFilterSchema } from '../../../shared/model/request';
import { pluckStmt, rawStmt, stmt, summariesFromCells, summaryColumns, toSummary, type SummaryRow } from './repo';
import { OPEN_IN, RUNNING_IN } from './work-queues';
import { csvLine } from '../csv-out';
import { foldText } from '../../../shared/text/fold';

type Filter = z.output<typeof requestFilterSchema>;

const ORDER: Record<Filter['sort'], (dir: string) => string> = {
  due: (d) => `r.effective_due ${d}, r.id ${d}`,
  received: (d) => `r.received_date ${d}, r.received_time ${d}, r.id ${d}`,
  ref: (d) => `r.ref_year ${d}, r.ref_seq ${d}`,
  // The stored family-name key (0010; shared/text/name-sort.ts derives it from the free-text name).
  name: (d) => `r.name_sort ${d}, r.id ${d}`,
  status: (d) => `r.status ${d}, r.effective_due ${d}, r.id ${d}`,
  updated: (d) => `r.updated_at ${d}, r.id ${d}`,
};

/** The index (0002) that already holds the rows in each sort order; ref has only its UNIQUE key. */
const SORT_INDEX: Partial<Record<Filter['sort'], string>> = {
  due: 'requests_due',
  received: 'requests_received',
  name: 'requests_name_sort',
  status: 'requests_status_due',
  updated: 'requests_updated',
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

export interface Where {
  sql: string;
  params: Record<string, unknown>;
  /** A type or text filter: a set of request ids the rows must belong to. */
  membership: boolean;
  /** Only status, channel and type filters: the total can come from request_counts. */
  countable: boolean;
}

/** The search text when it goes to the trigram index (3 characters or more), else null. */
function textQuery(f: Filter): string | null {
  const q = f.q?.trim();
  return q && [...q].length >= 3 ? q : null;
}

export interface WhereOptions {
  /**
   * The ids the text index matched, when the caller already asked it (the list asks once and
   * uses the answer for the total and the page; the index is the dearest part of a search).
   */
  textIds?: readonly number[];
  /**
   * The type filter as a probe per row (EXISTS) instead of a set built first (IN): right when
   * the page walks a sort index and stops after a few hundred rows, wrong for counting.
   */
  typesProbe?: boolean;
}

export function buildWhere(f: Filter, today: string, { textIds, typesProbe = false }: WhereOptions = {}): Where {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.status?.length) where.push(`r.status IN (${placeholders('s', f.status, params)})`);
  // Literal lists, so the partial work-queue indexes (0004) serve these filters.
  if (f.open) where.push(`r.status IN ${OPEN_IN}`);
  if (f.channel?.length) where.push(`r.channel IN (${placeholders('c', f.channel, params)})`);
  if (f.types?.length) {
    const types = placeholders('t', f.types, params);
    where.push(
      typesProbe
        ? `EXISTS (SELECT 1 FROM request_types rt WHERE rt.request_id = r.id AND rt.type IN (${types}))`
        : `r.id IN (SELECT rt.request_id FROM request_types rt WHERE rt.type IN (${types}))`,
    );
  }
  const dueFilter = f.overdue || f.dueWithinDays !== undefined;
  if (dueFilter) where.push(`r.status IN ${RUNNING_IN}`);
  // "Due within N days" is the coming work: from today on. Long-overdue requests join it only
  // when asked for as well (overdue + due within: everything up to day N); overdue alone is
  // everything past its deadline.
  if (f.overdue && f.dueWithinDays !== undefined) {
    where.push('r.effective_due <= @dueBy');
    params.dueBy = addDays(today, f.dueWithinDays);
  } else if (f.overdue) {
    where.push('r.effective_due < @today');
    params.today = today;
  } else if (f.dueWithinDays !== undefined) {
    where.push('r.effective_due >= @today AND r.effective_due <= @dueBy');
    params.today = today;
    params.dueBy = addDays(today, f.dueWithinDays);
  }
  const q = f.q?.trim();
  if (q) {
    if (textIds) {
      where.push('r.id IN (SELECT value FROM json_each(@ids))');
      params.ids = JSON.stringify(textIds);
    } else if (textQuery(f)) {
      // Trigram FTS: a phrase query matches the text as a substring, any script, any case.
      where.push('r.id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH @fts)');
      params.fts = ftsAnySpelling(q);
    } else {
      where.push(
        "(r.name LIKE @like ESCAPE '\\' OR r.email LIKE @like ESCAPE '\\' OR r.ref LIKE @like ESCAPE '\\' OR r.customer_id LIKE @like ESCAPE '\\' OR r.name LIKE @likeFolded ESCAPE '\\' OR r.name_folded LIKE @likeFolded ESCAPE '\\')",
      );
      params.like = `%${likeEscape(q)}%`;
      params.likeFolded = `%${likeEscape(foldText(q))}%`;
    }
  }
  return {
    sql: where.length ? `WHERE ${where.join(' AND ')}` : '',
    params,
    membership: Boolean(f.types?.length || textQuery(f)),
    countable: !q && !dueFilter,
  };
}

function ftsPhrase(q: string): string {
  return `"${q.replace(/"/g, '""')}"`;
}

/** The text as typed, in the columns as stored. */
function ftsExact(q: string): string {
  return `{ref name email customer_id} : ${ftsPhrase(q)}`;
}

/**
 * The text as typed, or its plain-letter form in any column including the names' plain-letter
 * forms (0010): so "lukasiewicz" finds "Łukasiewicz", "mueller" finds "Müller", and "Müller" finds
 * "Muller". The index is trigram, so a folded query shorter than 3 characters is left out.
 */
function ftsAnySpelling(q: string): string {
  const folded = foldText(q);
  return [...folded].length >= 3 ? `(${ftsExact(q)}) OR (${ftsPhrase(folded)})` : ftsExact(q);
}

export interface TextMatches {
  /** Every match, exact or by spelling. */
  ids: number[];
  /** The matches of the text as typed; ranked first when spelling matches were added. */
  exact: number[];
}

export function textMatches(db: Db, q: string): TextMatches {
  const ids = pluckStmt(db, 'SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?').all(ftsAnySpelling(q)) as number[];
  const exact = pluckStmt(db, 'SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?').all(ftsExact(q)) as number[];
  return { ids, exact };
}

/** The summary columns and the duplicate's ref. */
const SELECT = `SELECT ${summaryColumns('r')}, d.ref AS dup_ref FROM requests r LEFT JOIN requests d ON d.id = r.possible_duplicate_of`;

/**
 * One page: the ids first, then their rows. The inner query can often be answered from an index
 * alone (the sort order's, or status/channel with due), so the rows an OFFSET skips are never
 * read; only the page's own rows are. At 100,000 requests, the last page sorted by due took 66 ms
 * reading every skipped row (benchmarks issue). `index` makes the inner query walk that index.
 */
function pageSql(w: Where, order: string, index: string | null): string {
  const ids = `SELECT r.id FROM requests r${index ? ` INDEXED BY ${index}` : ''} ${w.sql} ORDER BY ${order} LIMIT @limit OFFSET @offset`;
  return `${SELECT} WHERE r.id IN (${ids}) ORDER BY ${order}`;
}

/**
 * How many rows the filter matches, the cheapest exact way: summed from request_counts (0004)
 * when the filter is only status, channel and type; from the text index alone for a plain
 * search; otherwise counted over the indexes.
 */
function countOf(db: Db, f: Filter, w: Where, textIds: readonly number[] | undefined): number {
  if (w.countable) return countFromSummary(db, f);
  if (textIds?.length === 0) return 0;
  const onlyText = textIds && !f.status?.length && !f.open && !f.channel?.length && !f.types?.length && !f.overdue && f.dueWithinDays === undefined;
  if (onlyText) return textIds.length;
  return (stmt(db, `SELECT count(*) AS n FROM requests r ${w.sql}`).get(w.params) as { n: number }).n;
}

function countFromSummary(db: Db, f: Pick<Filter, 'status' | 'open' | 'channel' | 'types'>): number {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.status?.length) where.push(`status IN (${placeholders('s', f.status, params)})`);
  if (f.open) where.push(`status IN ${OPEN_IN}`);
  if (f.channel?.length) where.push(`channel IN (${placeholders('c', f.channel, params)})`);
  // A combination contains a type when '+type+' occurs in '+types+' (names hold no '+').
  if (f.types?.length) where.push(`(${f.types.map((_, i) => `instr('+' || types || '+', @tt${i}) > 0`).join(' OR ')})`);
  f.types?.forEach((t, i) => (params[`tt${i}`] = `+${t}+`));
  const sql = `SELECT coalesce(sum(n), 0) AS n FROM request_counts${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return (stmt(db, sql).get(params) as { n: number }).n;
}

/**
 * Which index the page should walk, or null to let SQLite plan it.
 *
 * The work queues sorted by due walk their partial index (0004): one page of rows read in order
 * instead of every open request read and sorted. SQLite's planner prefers the status index there, as its
 * estimate for a short IN list is low.
 *
 * A type or text filter has two ways to a sorted page. When the matches are dense, walking the
 * sort order's index and keeping the members finds a page after a few hundred entries; when they
 * are sparse, that walk crosses most of the table, and reading the matches and sorting them is
 * cheaper. Walking costs about (offset + limit) x all / matches index steps; sorting costs about
 * `matches` row reads, each a few times dearer than a step. SQLite cannot know the number of
 * matches before it plans, so the list decides with the exact total it has just counted.
 * Exported for tests.
 */
const ROW_READ_COST = 3;

export function pageIndex(db: Db, query: RequestListQuery, membership: boolean, total: number): string | null {
  const queue = query.overdue || query.dueWithinDays !== undefined ? 'requests_running_due' : query.open ? 'requests_open_due' : null;
  if (queue) return query.sort === 'due' ? queue : null;
  const index = SORT_INDEX[query.sort];
  if (!index || !membership || total === 0) return null;
  const all = countFromSummary(db, {});
  return ((query.offset + query.limit) * all) / total < ROW_READ_COST * total ? index : null;
}

export function listRequests(db: Db, query: RequestListQuery, today: string): RequestListResult {
  const text = textQuery(query);
  const matches = text === null ? undefined : textMatches(db, text);
  const textIds = matches?.ids;
  const counted = buildWhere(query, today, { textIds });
  const total = countOf(db, query, counted, textIds);
  if (total <= query.offset) return { rows: [], total, offset: query.offset, limit: query.limit, nextCursor: null };
  // Exact matches first when other spellings were found too: the name as typed is the likeliest.
  const ranked = matches !== undefined && matches.exact.length > 0 && matches.exact.length < matches.ids.length;
  const index = ranked ? null : pageIndex(db, query, counted.membership, total);
  const w = index ? buildWhere(query, today, { textIds, typesProbe: true }) : counted;
  const order = ORDER[query.sort](query.dir === 'desc' ? 'DESC' : 'ASC');
  const cells = rawStmt(db, pageSql(w, ranked ? `(r.id IN (SELECT value FROM json_each(@exactIds))) DESC, ${order}` : order, index)).all({
    ...w.params,
    ...(ranked ? { exactIds: JSON.stringify(matches.exact) } : {}),
    limit: query.limit,
    offset: query.offset,
  }) as unknown[][];
  return { rows: summariesFromCells(cells, today), total, offset: query.offset, limit: query.limit, nextCursor: null };
}

export function* iterateRequests(db: Db, filter: Filter, today: string): Generator<RequestSummary> {
  const { sql, params } = buildWhere(filter, today);
  const it = db.prepare(`${SELECT} ${sql} ORDER BY ${ORDER[filter.sort](filter.dir === 'desc' ? 'DESC' : 'ASC')}`).iterate(params) as IterableIterator<
    SummaryRow & { dup_ref: string | null }
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
