// Read figures at the benchmark's scale: the dashboard, a filtered first page sorted by due and
// the text search, through dispatch on the encrypted database, each against the best hand-written
// SQL for the same answer on the plain twin (same rows, same indexes), prepared once.
import type { Db } from '../../../main/store/database';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import { LIST_PAGE_SIZE, type RequestListInput } from '../../../shared/model/request';
import { percentile, result, sampleMs, type Result } from '../measure';
import type { Workbench } from '../workbench';
// The app's own per-connection statement cache, so the baseline also prepares each query once.
import { rawStmt, stmt, summaryColumns } from '../../../main/services/requests/repo';
import { OPEN_IN, RUNNING_IN } from '../../../main/services/requests/work-queues';

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

  const list = await sampleMs(n, (i) => wb.call('request.list', { ...LIST_FILTERS[i % LIST_FILTERS.length]!, limit: LIST_PAGE_SIZE }));
  const listRaw = await sampleMs(n, (i) => bestList(plain, LIST_FILTERS[i % LIST_FILTERS.length]!, today));
  out.push(result('list_first_page_p95', 'ms', percentile(list, 95), percentile(listRaw, 95)));

  const search = await sampleMs(n, (i) => wb.call('request.list', { q: searches[i % searches.length]!, sort: 'due', limit: LIST_PAGE_SIZE }));
  const fts = plain.prepare(`${PAGE} WHERE r.id IN (SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?) ORDER BY r.effective_due, r.id LIMIT ${LIST_PAGE_SIZE}`).raw(true);
  const ftsCount = plain.prepare('SELECT count(*) FROM requests_fts WHERE requests_fts MATCH ?');
  const searchRaw = await sampleMs(n, (i) => {
    const q = `"${searches[i % searches.length]!}"`;
    fts.all(q);
    ftsCount.get(q);
  });
  out.push(result('search_p95', 'ms', percentile(search, 95), percentile(searchRaw, 95)));
  return out;
}

/**
 * Every dashboard number in as few statements as the schema allows: the work-queue counts over
 * the partial indexes, the month and on-time figures from the summary tables, the next ten.
 */
function bestDashboard(db: Db): (today: string) => unknown {
  const counts = db.prepare(
    `SELECT
       (SELECT count(*) FROM requests WHERE status IN ${OPEN_IN}) AS open,
       (SELECT count(*) FROM requests WHERE status IN ${RUNNING_IN} AND effective_due < @today) AS overdue,
       (SELECT count(*) FROM requests WHERE status IN ${RUNNING_IN} AND effective_due <= @soon) AS soon,
       (SELECT count(*) FROM requests WHERE status IN ('awaiting-identity', 'awaiting-clarification')) AS awaiting`,
  );
  const onTime = db.prepare(`SELECT sum(n) AS answered, sum(n * on_time) AS onTime FROM request_answer_days WHERE answered_on > @since`);
  const months = db.prepare(`SELECT month, types, n FROM request_month_stats WHERE month >= @first AND n > 0`).raw(true);
  const next = db.prepare(`SELECT ${summaryColumns('r')} FROM requests r WHERE r.status IN ${RUNNING_IN} ORDER BY r.effective_due, r.id LIMIT 10`).raw(true);
  return (today) => {
    counts.get({ today, soon: addDays(today, 7) });
    onTime.get({ since: addMonthsClamped(today, -12) });
    months.all({ first: addMonthsClamped(`${today.slice(0, 7)}-01`, -11).slice(0, 7) });
    return next.all();
  };
}

/**
 * The same filter written by hand: literal IN lists, the total from the counts table where the
 * filter allows it (else counted), the page's columns as arrays.
 */
function bestList(db: Db, f: RequestListInput, today: string): unknown {
  const where: string[] = [];
  const counts: string[] = [];
  const lit = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');
  const both = (row: string, count: string) => {
    where.push(row);
    counts.push(count);
  };
  if (f.status?.length) both(`r.status IN (${lit(f.status)})`, `status IN (${lit(f.status)})`);
  if (f.open) both(`r.status IN ${OPEN_IN}`, `status IN ${OPEN_IN}`);
  if (f.channel?.length) both(`r.channel IN (${lit(f.channel)})`, `channel IN (${lit(f.channel)})`);
  if (f.types?.length)
    both(
      `r.id IN (SELECT request_id FROM request_types WHERE type IN (${lit(f.types)}))`,
      `(${f.types.map((t) => `instr('+' || types || '+', '+${t}+') > 0`).join(' OR ')})`,
    );
  if (f.overdue) where.push(`r.status IN ${RUNNING_IN} AND r.effective_due < '${today}'`);
  const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
  if (f.overdue) stmt(db, `SELECT count(*) FROM requests r ${w}`).get();
  else stmt(db, `SELECT sum(n) FROM request_counts ${counts.length ? `WHERE ${counts.join(' AND ')}` : ''}`).get();
  return rawStmt(db, `${PAGE} ${w} ORDER BY r.effective_due, r.id LIMIT ${LIST_PAGE_SIZE}`).all();
}

const PAGE = `SELECT ${summaryColumns('r')}, d.ref FROM requests r LEFT JOIN requests d ON d.id = r.possible_duplicate_of`;
