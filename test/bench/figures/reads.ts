// Read figures at the benchmark's scale: the dashboard, a filtered first page sorted by due and
// the text search, through dispatch on the encrypted database, each against the best hand-written
// SQL for the same answer on the plain twin (same rows, same indexes), prepared once.
import type { Db } from '../../../main/store/database';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import type { RequestListInput } from '../../../shared/model/request';
import { percentile, result, sampleMs, type Result } from '../measure';
import type { Workbench } from '../workbench';
// The app's own per-connection statement cache, so the baseline also prepares each query once.
import { stmt } from '../../../main/services/requests/repo';

/** Filters a DPO actually uses, rotated so no single plan is flattered by the cache. */
export const LIST_FILTERS: RequestListInput[] = [
  { open: true, sort: 'due' },
  { overdue: true, sort: 'due' },
  { channel: ['email'], sort: 'due' },
  { status: ['closed'], sort: 'due' },
  { types: ['erasure'], sort: 'due' },
  { status: ['in-progress', 'extended'], channel: ['web-form', 'live-chat'], sort: 'due' },
];

export async function readFigures(wb: Workbench, plain: Db, today: string, n: number, searches: string[]): Promise<Result[]> {
  const out: Result[] = [];
  const dash = await sampleMs(n, () => wb.call('request.dashboard', {}));
  const bestDash = bestDashboard(plain);
  const dashRaw = await sampleMs(n, () => bestDash(today));
  out.push(result('dashboard_p95', 'ms', percentile(dash, 95), percentile(dashRaw, 95)));

  const list = await sampleMs(n, (i) => wb.call('request.list', { ...LIST_FILTERS[i % LIST_FILTERS.length]!, limit: 200 }));
  const listRaw = await sampleMs(n, (i) => bestList(plain, LIST_FILTERS[i % LIST_FILTERS.length]!, today));
  out.push(result('list_first_page_p95', 'ms', percentile(list, 95), percentile(listRaw, 95)));

  const search = await sampleMs(n, (i) => wb.call('request.list', { q: searches[i % searches.length]!, sort: 'due', limit: 200 }));
  const fts = plain.prepare(
    `SELECT r.* FROM requests r WHERE r.id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?) ORDER BY r.effective_due, r.id LIMIT 200`,
  );
  const ftsCount = plain.prepare('SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ?');
  const searchRaw = await sampleMs(n, (i) => {
    const q = `"${searches[i % searches.length]!}"`;
    fts.all(q);
    ftsCount.get(q);
  });
  out.push(result('search_p95', 'ms', percentile(search, 95), percentile(searchRaw, 95)));
  return out;
}

/** Every dashboard number in as few index-only statements as the schema allows. */
function bestDashboard(db: Db): (today: string) => unknown {
  const counts = db.prepare(
    `SELECT
       (SELECT count(*) FROM requests WHERE status IN ('received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended')) AS open,
       (SELECT count(*) FROM requests WHERE status IN ('received', 'in-progress', 'extended') AND effective_due < @today) AS overdue,
       (SELECT count(*) FROM requests WHERE status IN ('received', 'in-progress', 'extended') AND effective_due BETWEEN @today AND @soon) AS soon,
       (SELECT count(*) FROM requests WHERE status IN ('awaiting-identity', 'awaiting-clarification')) AS awaiting`,
  );
  const onTime = db.prepare(
    `SELECT count(*) AS answered, coalesce(sum(answered_on <= effective_due), 0) AS onTime FROM requests
     WHERE answered_on > @since AND status IN ('responded', 'closed', 'refused')`,
  );
  const months = db.prepare(
    `SELECT substr(r.received_date, 1, 7) AS m, rt.type, count(*) AS n FROM requests r JOIN request_types rt ON rt.request_id = r.id
     WHERE r.received_date >= @first GROUP BY m, rt.type`,
  );
  const next = db.prepare(`SELECT * FROM requests WHERE status IN ('received', 'in-progress', 'extended') ORDER BY effective_due, id LIMIT 10`);
  return (today) => {
    counts.get({ today, soon: addDays(today, 7) });
    onTime.get({ since: addMonthsClamped(today, -12) });
    months.all({ first: addMonthsClamped(`${today.slice(0, 7)}-01`, -11) });
    return next.all();
  };
}

/** The same filter written by hand: literal IN lists, page and total. */
function bestList(db: Db, f: RequestListInput, today: string): unknown {
  const where: string[] = [];
  const lit = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
  if (f.status?.length) where.push(`status IN (${lit(f.status)})`);
  if (f.open) where.push(`status IN ('received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended')`);
  if (f.channel?.length) where.push(`channel IN (${lit(f.channel)})`);
  if (f.types?.length) where.push(`id IN (SELECT request_id FROM request_types WHERE type IN (${lit(f.types)}))`);
  if (f.overdue) where.push(`status IN ('received', 'in-progress', 'extended') AND effective_due < '${today}'`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  stmt(db, `SELECT count(*) FROM requests ${w}`).get();
  return stmt(db, `SELECT * FROM requests ${w} ORDER BY effective_due, id LIMIT 200`).all();
}
