// Dashboard figures: counts over the work-queue indexes (0004) and the summary tables kept by
// triggers (0003), so the dashboard costs the same at 100,000 requests as at 100.
import type { Db } from '../../store/database';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import { DUE_SOON_DAYS, type DashboardData, type RequestType } from '../../../shared/model/request';
import { parseTypes, stmt, summaryColumns, toSummary, type SummaryRow } from './repo';
import { OPEN_IN, RUNNING_IN } from './work-queues';

export function dashboard(db: Db, today: string): DashboardData {
  const n = (sql: string, ...p: unknown[]) => (stmt(db, sql).get(...p) as { n: number }).n;
  // Literal IN lists: the partial work-queue indexes (0004) answer these from a few pages.
  const open = n(`SELECT count(*) AS n FROM requests r WHERE r.status IN ${OPEN_IN}`);
  const overdue = n(`SELECT count(*) AS n FROM requests r WHERE r.status IN ${RUNNING_IN} AND r.effective_due < ?`, today);
  // Same meaning as the list's "due within" filter the tile links to: the week's coming work,
  // not yet overdue (the overdue ones have their own tile).
  const dueWithin7Days = n(
    `SELECT count(*) AS n FROM requests r WHERE r.status IN ${RUNNING_IN} AND r.effective_due >= ? AND r.effective_due <= ?`,
    today,
    addDays(today, DUE_SOON_DAYS),
  );
  const awaitingSubject = n("SELECT count(*) AS n FROM requests WHERE status IN ('awaiting-identity', 'awaiting-clarification')");

  // On time = answered (responded or refused, GDPR Art. 12(3)/(4)) on or before the deadline that bound.
  const since = addMonthsClamped(today, -12);
  // Summed from request_answer_days (0003), which triggers keep equal to
  //   SELECT count(*), sum(answered_on <= effective_due) FROM requests
  //   WHERE answered_on IS NOT NULL AND answered_on > ? AND status IN ('responded', 'closed', 'refused')
  const t = stmt(
    db,
    `SELECT coalesce(sum(n), 0) AS answered, coalesce(sum(n * on_time), 0) AS onTime FROM request_answer_days WHERE answered_on > ?`,
  ).get(since) as { answered: number; onTime: number };

  const firstMonth = addMonthsClamped(`${today.slice(0, 7)}-01`, -11);
  const months: string[] = [];
  for (let i = 0; i < 12; i++) months.push(addMonthsClamped(firstMonth, i).slice(0, 7));
  const perMonth = new Map(months.map((m) => [m, { month: m, total: 0, byType: {} as Partial<Record<RequestType, number>> }]));
  // request_month_stats (0003) counts requests per month and type combination; a type's count
  // is the sum over the combinations that contain it (one request_types row per type).
  for (const r of stmt(db, 'SELECT month, types, n FROM request_month_stats WHERE month >= ? AND n > 0').all(firstMonth.slice(0, 7)) as Array<{
    month: string;
    types: string;
    n: number;
  }>) {
    const e = perMonth.get(r.month);
    if (!e) continue;
    e.total += r.n;
    for (const type of parseTypes(r.types)) e.byType[type] = (e.byType[type] ?? 0) + r.n;
  }

  const next = (
    stmt(db, `SELECT ${summaryColumns('r')} FROM requests r WHERE r.status IN ${RUNNING_IN} ORDER BY r.effective_due, r.id LIMIT 10`).all() as SummaryRow[]
  ).map((r) => {
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
