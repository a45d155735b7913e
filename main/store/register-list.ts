// Lists for plain registers: filter → WHERE, sort → ORDER BY over an allow-list, count, page.
// Every column and expression comes from the register's own spec (constants in its repository),
// never from the caller; the caller's values are bound parameters. The request register keeps
// its own tuned list (requests/list.ts): at 100,000 rows it needs page plans this helper has not.
import type { Page } from '../../shared/model/paging';
import type { Db } from './database';
import { stmt } from './statements';

export interface ListSpec<F extends string, S extends string> {
  table: string;
  /** Filter key → column compared for equality; a filter left undefined is not applied. */
  equals: Record<F, string>;
  /** Sort key → ORDER BY expression; anything else is refused by the schema before it gets here. */
  sorts: Record<S, string>;
  /** Cursor lists: the unique column the cursor is a value of (pages run in `dir` order over it). */
  cursorColumn?: string;
}

export interface ListQuery<F extends string, S extends string> {
  filter: Partial<Record<F, string | number | null | undefined>>;
  sort: S;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
  cursor?: number;
}

export function listPage<Row, F extends string, S extends string>(db: Db, spec: ListSpec<F, S>, q: ListQuery<F, S>): Page<Row> {
  const where: string[] = [];
  const params: unknown[] = [];
  for (const key of Object.keys(spec.equals) as F[]) {
    const value = q.filter[key];
    if (value === undefined || value === null || value === '') continue;
    where.push(`${spec.equals[key]} = ?`);
    params.push(value);
  }
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (stmt(db, `SELECT count(*) AS n FROM ${spec.table} ${filtered}`).get(...params) as { n: number }).n;
  const orderBy = spec.sorts[q.sort];
  if (!orderBy) throw new Error(`Unknown sort "${q.sort}" for ${spec.table}.`);
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  const pageWhere = [...where];
  const pageParams = [...params];
  if (spec.cursorColumn && q.cursor !== undefined) {
    pageWhere.push(`${spec.cursorColumn} ${dir === 'DESC' ? '<' : '>'} ?`);
    pageParams.push(q.cursor);
  }
  const offset = spec.cursorColumn ? 0 : q.offset;
  const sql = `SELECT * FROM ${spec.table} ${pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : ''} ORDER BY ${orderBy} ${dir} LIMIT ? OFFSET ?`;
  const rows = stmt(db, sql).all(...pageParams, q.limit, offset) as Row[];
  let nextCursor: number | null = null;
  if (spec.cursorColumn && rows.length === q.limit) {
    const last = rows[rows.length - 1] as Record<string, unknown>;
    nextCursor = Number(last[spec.cursorColumn]);
  }
  return { rows, total, limit: q.limit, offset, nextCursor };
}
