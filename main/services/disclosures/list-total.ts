// The disclosures list's total without counting the register row by row. Filters on recipient
// kind, ground and inquiry read the trigger-kept counts (disclosure_counts, migration 0014); "secret
// now" adds the undated secrets from there to the dated ones still running, counted in their own
// partial index. Other filters (period, recipient, subject) narrow through their indexes and are
// counted directly.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { DisclosureListQuery } from '../../../shared/model/disclosure';

type Counted = Pick<DisclosureListQuery, 'recipientKind' | 'ground' | 'inquiry'>;

function equalities(q: Counted, alias: string): { sql: string; params: unknown[] } {
  const terms: Array<[string, unknown]> = [];
  if (q.recipientKind) terms.push(['recipient_kind', q.recipientKind]);
  if (q.ground) terms.push(['ground', q.ground]);
  if (q.inquiry !== undefined) terms.push(['inquiry', q.inquiry ? 1 : 0]);
  return { sql: terms.map(([column]) => ` AND ${alias}${column} = ?`).join(''), params: terms.map(([, value]) => value) };
}

function counted(db: Db, q: Counted, secrecy?: 'secret'): number {
  const e = equalities(q, '');
  const sql = `SELECT coalesce(sum(n), 0) AS n FROM disclosure_counts WHERE 1${secrecy ? ' AND secrecy = ?' : ''}${e.sql}`;
  return (stmt(db, sql).get(...(secrecy ? [secrecy] : []), ...e.params) as { n: number }).n;
}

/** Disclosures the subject may not be told about today: secret, or secret until a later day. */
function secretNow(db: Db, q: Counted, today: string): number {
  const e = equalities(q, 'd.');
  // Through the partial index of dated secrets: covering when no other filter is set, and it
  // holds only those still to be counted by date (the planner would pick the kind's index).
  const running = stmt(db, `SELECT count(*) AS n FROM disclosures d INDEXED BY disclosures_secret_until_running WHERE d.secrecy = 'secret-until' AND d.secret_until > ?${e.sql}`).get(today, ...e.params) as { n: number };
  return counted(db, q, 'secret') + running.n;
}

/** The total of the list's query; `where`/`params` are its filters, used when no count is kept for them. */
export function listTotal(db: Db, q: DisclosureListQuery, today: string, where: string, params: unknown[]): number {
  const keptCount = !q.from && !q.to && !q.recipientId && !q.subjectEmail && !q.customerId;
  if (!keptCount) return (stmt(db, `SELECT count(*) AS n FROM disclosures d ${where}`).get(...params) as { n: number }).n;
  if (q.secret === undefined) return counted(db, q);
  const secret = secretNow(db, q, today);
  return q.secret ? secret : counted(db, q) - secret;
}
