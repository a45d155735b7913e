// The disclosures list: filters (period, recipient kind, ground, recipient, subject, secret,
// inquiry) → WHERE with bound values, sorts from an allow-list, one page. The subject filter
// matches an e-mail address or customer number named on the disclosure or on a linked request.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { DisclosureListQuery, DisclosureListResult, DisclosureSort } from '../../../shared/model/disclosure';
import { LIST_SELECT, toSummary, type ListRow } from './repo';
import { subjectDisclosureIds } from './subject-view';
import { listTotal } from './list-total';

const SORTS: Record<DisclosureSort, string> = {
  date: 'd.disclosed_on {dir}, d.id {dir}',
  ref: 'd.ref {dir}',
  // Kind and id break ties between recipients of one name, so the order is the directory's unique
  // index followed into each recipient's disclosures: a page reads 100 rows, not a sort of them all.
  recipient: 'r.name {dir}, r.kind {dir}, r.id {dir}, d.disclosed_on DESC, d.id DESC',
};

export function listDisclosures(db: Db, q: DisclosureListQuery, today: string): DisclosureListResult {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (q.from) add('d.disclosed_on >= ?', q.from);
  if (q.to) add('d.disclosed_on <= ?', q.to);
  if (q.recipientKind) add('d.recipient_kind = ?', q.recipientKind);
  if (q.ground) add('d.ground = ?', q.ground);
  // By internal id, so the total counts one table without joining the directory.
  if (q.recipientId) add('d.recipient_id = (SELECT id FROM disclosure_recipients WHERE public_id = ?)', q.recipientId);
  if (q.inquiry !== undefined) add('d.inquiry = ?', q.inquiry ? 1 : 0);
  // "Secret now" reads the partial index of the disclosures that are not may-tell.
  if (q.secret === true) add(`d.secrecy <> 'may-tell' AND ${SECRET_NOW}`, today);
  if (q.secret === false) add(`NOT (${SECRET_NOW})`, today);
  if (q.subjectEmail || q.customerId) {
    const ids = subjectDisclosureIds(db, { email: q.subjectEmail?.toLowerCase() ?? null, customerId: q.customerId ?? null });
    add('d.id IN (SELECT value FROM json_each(?))', JSON.stringify(ids));
  }
  const filtered = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = listTotal(db, q, today, filtered, params);
  const order = SORTS[q.sort].replaceAll('{dir}', q.dir === 'asc' ? 'ASC' : 'DESC');
  const rows = stmt(db, `${LIST_SELECT} ${filtered} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as ListRow[];
  return { rows: rows.map(toSummary), total, limit: q.limit, offset: q.offset, nextCursor: null };
}

/** True while the subject may not be told (secret, or secret until a day still to come); `?` = today. */
export const SECRET_NOW = "(d.secrecy = 'secret' OR (d.secrecy = 'secret-until' AND d.secret_until > ?))";
