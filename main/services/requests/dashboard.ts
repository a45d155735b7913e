// Dashboard figures, each one indexed query (0002-requests.sql).
import type { Db } from '../../store/database';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import { DUE_SOON_DAYS, type DashboardData, type RequestType } from '../../../shared/model/request';
import { stmt, toSummary, type RequestRow } from './repo';

const RUNNING = "('received', 'in-progress', 'extended')";

export function dashboard(db: Db, today: string): DashboardData {
  const n = (sql: string, ...p: unknown[]) => (stmt(db, sql).get(...p) as { n: number }).n;
  const open = n("SELECT count(*) AS n FROM requests WHERE status IN ('received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended')");
  const overdue = n(`SELECT count(*) AS n FROM requests WHERE status IN ${RUNNING} AND effective_due < ?`, today);
  const dueWithin7Days = n(`SELECT count(*) AS n FROM requests WHERE status IN ${RUNNING} AND effective_due BETWEEN ? AND ?`, today, addDays(today, DUE_SOON_DAYS));
  const awaitingSubject = n("SELECT count(*) AS n FROM requests WHERE status IN ('awaiting-identity', 'awaiting-clarification')");

  // On time = answered (responded or refused, GDPR Art. 12(3)/(4)) on or before the deadline that bound.
  const since = addMonthsClamped(today, -12);
  const t = stmt(
    db,
    `SELECT count(*) AS answered, coalesce(sum(answered_on <= effective_due), 0) AS onTime FROM requests
     WHERE answered_on IS NOT NULL AND answered_on > ? AND status IN ('responded', 'closed', 'refused')`,
  ).get(since) as { answered: number; onTime: number };

  const firstMonth = addMonthsClamped(`${today.slice(0, 7)}-01`, -11);
  const months: string[] = [];
  for (let i = 0; i < 12; i++) months.push(addMonthsClamped(firstMonth, i).slice(0, 7));
  const perMonth = new Map(months.map((m) => [m, { month: m, total: 0, byType: {} as Partial<Record<RequestType, number>> }]));
  for (const r of stmt(db, 'SELECT substr(received_date, 1, 7) AS m, count(*) AS n FROM requests WHERE received_date >= ? GROUP BY m').all(firstMonth) as Array<{ m: string; n: number }>) {
    const e = perMonth.get(r.m);
    if (e) e.total = r.n;
  }
  for (const r of stmt(
    db,
    `SELECT substr(r.received_date, 1, 7) AS m, rt.type AS type, count(*) AS n
     FROM requests r JOIN request_types rt ON rt.request_id = r.id WHERE r.received_date >= ? GROUP BY m, rt.type`,
  ).all(firstMonth) as Array<{ m: string; type: RequestType; n: number }>) {
    const e = perMonth.get(r.m);
    if (e) e.byType[r.type] = r.n;
  }

  const next = (stmt(db, `SELECT * FROM requests WHERE status IN ${RUNNING} ORDER BY effective_due, id LIMIT 10`).all() as RequestRow[]).map((r) => {
    const s = toSummary(r, today);
    return { ref: s.ref, name: s.name, type: s.type, status: s.status, due: s.due, daysLeft: s.daysLeft ?? 0, urgency: s.urgency };
  });

  return {
    today,
    open,
    dueWithin7Days,
    overdue,
    awaitingSubject,
    onTime: { answered: t.answered, onTime: t.onTime, rate: t.answered ? t.onTime / t.answered : null },
    perMonth: [...perMonth.values()],
    nextDeadlines: next,
  };
}
