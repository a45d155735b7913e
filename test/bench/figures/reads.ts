// Read figures at the benchmark's scale: the dashboard, a filtered first page sorted by due and
// the text search, through dispatch on the encrypted database, each against the best hand-written
// SQL for the same answer on the plain twin (same rows, same indexes), each statement prepared once.
import type { Db } from '../../../main/store/database';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import { LIST_PAGE_SIZE, type RequestListInput } from '../../../shared/model/request';
import { percentile, result, sampleMs, type Result } from '../measure';
import type { Workbench } from '../workbench';
import { summaryColumns } from '../../../main/services/requests/repo';
import { OPEN_IN, RUNNING_IN } from '../../../main/services/requests/work-queues';

/**
 * Filters a DPO actually uses, rotated so no single plan is flattered by the cache, each with
 * the best SQL a person would write by hand for its total and first page on this schema: the
 * counts table for totals it can answer, the partial work-queue indexes, the index that already
 * holds the sort order, a per-row probe for a dense type.
 */
const HAND_WRITTEN: Array<{ filter: RequestListInput; count: string; page: string }> = [
  {
    filter: { open: true, sort: 'due' },
    count: `SELECT sum(n) FROM request_counts WHERE status IN ${OPEN_IN}`,
    page: `FROM requests r INDEXED BY requests_open_due WHERE r.status IN ${OPEN_IN}`,
  },
  {
    filter: { overdue: true, sort: 'due' },
    count: `SELECT count(*) FROM requests WHERE status IN ${RUNNING_IN} AND effective_due < @today`,
    page: `FROM requests r INDEXED BY requests_running_due WHERE r.status IN ${RUNNING_IN} AND r.effective_due < @today`,
  },
  {
    filter: { channel: ['email'], sort: 'due' },
    count: `SELECT sum(n) FROM request_counts WHERE channel = 'email'`,
    page: `FROM requests r INDEXED BY requests_channel_due WHERE r.channel = 'email'`,
  },
  {
    filter: { status: ['closed'], sort: 'due' },
    count: `SELECT sum(n) FROM request_counts WHERE status = 'closed'`,
    page: `FROM requests r INDEXED BY requests_status_due WHERE r.status = 'closed'`,
  },
  {
    filter: { types: ['erasure'], sort: 'due' },
    count: `SELECT sum(n) FROM request_counts WHERE instr('+' || types || '+', '+erasure+') > 0`,
    page: `FROM requests r INDEXED BY requests_due WHERE EXISTS (SELECT 1 FROM request_types t WHERE t.request_id = r.id AND t.type = 'erasure')`,
  },
  {
    filter: { status: ['in-progress', 'extended'], channel: ['web-form', 'live-chat'], sort: 'due' },
    count: `SELECT sum(n) FROM request_counts WHERE status IN ('in-progress', 'extended') AND channel IN ('web-form', 'live-chat')`,
    page: `FROM requests r WHERE r.status IN ('in-progress', 'extended') AND r.channel IN ('web-form', 'live-chat')`,
  },
];
export const LIST_FILTERS = HAND_WRITTEN.map((h) => h.filter);

export async function readFigures(wb: Workbench, plain: Db, today: string, n: number, searches: string[]): Promise<Result[]> {
  const out: Result[] = [];
  const dash = await sampleMs(n, () => wb.call('request.dashboard', {}));
  const bestDash = bestDashboard(plain);
  const dashRaw = await sampleMs(n, () => bestDash(today));
  out.push(result('dashboard_p95', 'ms', percentile(dash, 95), percentile(dashRaw, 95)));

  const list = await sampleMs(n, (i) => wb.call('request.list', { ...LIST_FILTERS[i % LIST_FILTERS.length]!, limit: LIST_PAGE_SIZE }));
  const hand = HAND_WRITTEN.map((h) => ({
    count: plain.prepare(h.count).pluck(),
    page: plain.prepare(`${PAGE_COLUMNS} ${h.page} ORDER BY r.effective_due, r.id LIMIT ${LIST_PAGE_SIZE}`).raw(true),
    params: h.count.includes('@today') ? { today } : {},
  }));
  const listRaw = await sampleMs(n, (i) => {
    const h = hand[i % hand.length]!;
    h.count.get(h.params);
    return h.page.all(h.params);
  });
  out.push(result('list_first_page_p95', 'ms', percentile(list, 95), percentile(listRaw, 95)));

  const search = await sampleMs(n, (i) => wb.call('request.list', { q: searches[i % searches.length]!, sort: 'due', limit: LIST_PAGE_SIZE }));
  // By hand: the text index asked once for its ids (the total is their number), then the page
  // over them: walking the due index when they are dense, sorting them when they are few.
  const ftsIds = plain.prepare('SELECT rowid FROM requests_fts WHERE requests_fts MATCH ?').pluck();
  const all = (plain.prepare('SELECT count(*) FROM requests').pluck().get() as number) || 1;
  const byIds = `WHERE r.id IN (SELECT value FROM json_each(?)) ORDER BY r.effective_due, r.id LIMIT ${LIST_PAGE_SIZE}`;
  const sparse = plain.prepare(`${PAGE_COLUMNS} FROM requests r ${byIds}`).raw(true);
  const dense = plain.prepare(`${PAGE_COLUMNS} FROM requests r INDEXED BY requests_due ${byIds}`).raw(true);
  const searchRaw = await sampleMs(n, (i) => {
    const ids = ftsIds.all(`"${searches[i % searches.length]!}"`) as number[];
    return (ids.length * ids.length > (LIST_PAGE_SIZE * all) / 3 ? dense : sparse).all(JSON.stringify(ids));
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

/** The page's columns, the possible duplicate's ref included; FROM and WHERE follow. */
const PAGE_COLUMNS = `SELECT ${summaryColumns('r')}, (SELECT d.ref FROM requests d WHERE d.id = r.possible_duplicate_of)`;
