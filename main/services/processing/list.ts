// The processing list: kind, subject kind and "review due" filters over the current rows, sorts
// from an allow-list, one page. Activities removed from the record are not listed (their history
// stays readable through processing.get and processing.asOf).
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { ProcessingListQuery, ProcessingListResult, ProcessingSort } from '../../../shared/model/processing';
import { toSummary, type ActivityRow } from './repo';

const SORTS: Record<ProcessingSort, string> = {
  ref: 'ref {dir}',
  name: 'name {dir}, ref',
  // Never reviewed first when ascending: those are the most overdue.
  reviewed: 'coalesce(last_reviewed_on, \'\') {dir}, ref',
};

export function listActivities(db: Db, q: ProcessingListQuery, reviewCutoff: string): ProcessingListResult {
  const where = ['deleted_at IS NULL'];
  const params: unknown[] = [];
  if (q.kind) {
    where.push('kind = ?');
    params.push(q.kind);
  }
  if (q.subjectKind) {
    where.push("instr(subject_kinds, '+' || ? || '+') > 0");
    params.push(q.subjectKind);
  }
  if (q.reviewDue === true) {
    where.push('(last_reviewed_on IS NULL OR last_reviewed_on <= ?)');
    params.push(reviewCutoff);
  }
  if (q.reviewDue === false) {
    where.push('last_reviewed_on > ?');
    params.push(reviewCutoff);
  }
  const filtered = `WHERE ${where.join(' AND ')}`;
  const total = (stmt(db, `SELECT count(*) AS n FROM processing_activities ${filtered}`).get(...params) as { n: number }).n;
  const order = SORTS[q.sort].replaceAll('{dir}', q.dir === 'asc' ? 'ASC' : 'DESC');
  const rows = stmt(db, `SELECT * FROM processing_activities ${filtered} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as ActivityRow[];
  return { rows: rows.map((r) => toSummary(r, reviewCutoff)), total, limit: q.limit, offset: q.offset, nextCursor: null };
}
