// The list's fast paths (benchmarks issue) must give exactly the answer of the plain query:
// totals from request_counts, the search index asked once, the choice between walking the sort
// index and sorting the matches, and the partial work-queue indexes of migration 0004.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWhere, pageIndex } from '../../../main/services/requests/list';
import { summaryColumns } from '../../../main/services/requests/repo';
import { OPEN_IN, RUNNING_IN } from '../../../main/services/requests/work-queues';
import { requestListInput, type RequestListInput } from '../../../shared/model/request';
import { daysAgo, openTestCore, today, type TestCore } from './helpers';

let c: TestCore;
const ROWS = 3000;
const CHANNELS = ['email', 'web-form', 'live-chat', 'phone', 'letter'];

beforeAll(async () => {
  c = await openTestCore();
  // 40% erasure (dense: the page walks the due index), 3% automated decision (sparse: sorted).
  const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
  for (let i = 0; i < ROWS; i++) {
    const type = i % 100 < 3 ? 'automated-decision' : i % 5 < 2 ? 'erasure' : i % 7 === 0 ? 'access+erasure' : 'access';
    const name = i % 20 === 0 ? `Anna Visser ${i}` : `Person ${i}`;
    lines.push(`${type},${name},p${i}@example.com,${daysAgo(i % 200)},${CHANNELS[i % CHANNELS.length]},C-${100000 + i},,,`);
  }
  const r = await c.call('request.import', { csv: lines.join('\n') });
  expect(r.imported).toBe(ROWS);
  // Some variety in status: answered, closed, withdrawn, awaiting the subject.
  for (const [k, ref] of r.refs.slice(0, 60).entries()) {
    if (k % 4 === 3) {
      await c.call('request.transition', { ref, action: 'withdraw', on: today() });
      continue;
    }
    await c.call('request.transition', { ref, action: 'verify', method: 'account-email', on: today() });
    if (k % 4 === 2) await c.call('request.transition', { ref, action: 'pause', reason: 'clarification', on: today() });
    else {
      await c.call('request.transition', { ref, action: 'respond', summary: 'sent', on: today() });
      if (k % 4 === 1) await c.call('request.transition', { ref, action: 'close', art19: [] });
    }
  }
}, 120_000);
afterAll(() => c.close());

const db = () => c.core.session.requireStore().db;

/** The same filter answered the plain way: no counts table, no plan choice, no index at all. */
function reference(input: RequestListInput): { total: number; refs: string[] } {
  const q = requestListInput.parse(input);
  const { sql, params } = buildWhere(q, today());
  const order: Record<string, string> = {
    due: 'r.effective_due, r.id',
    received: 'r.received_date, r.received_time, r.id',
    name: 'r.name_sort, r.id',
    ref: 'r.ref_year, r.ref_seq',
    status: 'r.status, r.effective_due, r.id',
    updated: 'r.updated_at, r.id',
  };
  const dir = q.dir === 'desc' ? ' DESC' : '';
  const by = order[q.sort]!.split(', ').map((t) => t + dir).join(', ');
  const total = (db().prepare(`SELECT count(*) AS n FROM requests r NOT INDEXED ${sql}`).get(params) as { n: number }).n;
  const refs = (db().prepare(`SELECT r.ref FROM requests r NOT INDEXED ${sql} ORDER BY ${by} LIMIT ${q.limit} OFFSET ${q.offset}`).pluck().all(params) as string[]);
  return { total, refs };
}

const FILTERS: RequestListInput[] = [
  {},
  { open: true },
  { overdue: true },
  { dueWithinDays: 7 },
  { status: ['closed'] },
  { status: ['responded', 'closed'], channel: ['email', 'phone'] },
  { channel: ['web-form'] },
  { types: ['erasure'] },
  { types: ['automated-decision'] },
  { types: ['erasure', 'automated-decision'], channel: ['letter'] },
  { types: ['erasure'], open: true },
  { types: ['access'], status: ['withdrawn'] },
  { q: 'Visser' },
  { q: 'p12' },
  { q: 'C-1000' },
  { q: 'nobody-has-this' },
  { q: 'Visser', types: ['erasure'] },
  { q: 'Visser', open: true, channel: ['email'] },
  { q: 'p1' },
];

describe('request list fast paths', () => {
  it('give the same totals and pages as the plain query, for every sort, direction and page', async () => {
    for (const f of FILTERS)
      for (const sort of ['due', 'received', 'name', 'ref', 'status', 'updated'] as const)
        for (const dir of ['asc', 'desc'] as const)
          for (const offset of [0, 200, 2950]) {
            const input = { ...f, sort, dir, offset, limit: 100 };
            const got = await c.call('request.list', input);
            const want = reference(input);
            expect({ input, total: got.total, refs: got.rows.map((r) => r.ref) }).toEqual({ input, total: want.total, refs: want.refs });
          }
  });

  it('walk the sort index for dense matches and sort sparse ones', () => {
    const plan = (input: RequestListInput) => {
      const q = requestListInput.parse({ limit: 200, ...input });
      return pageIndex(db(), q, buildWhere(q, today()).membership, reference(input).total);
    };
    expect(plan({ types: ['erasure'] })).toBe('requests_due');
    expect(plan({ types: ['erasure'], sort: 'name' })).toBe('requests_name_sort');
    expect(plan({ types: ['automated-decision'] })).toBeNull();
    expect(plan({ q: 'p12' })).toBeNull();
    // No membership filter: SQLite's own plan is already the right one.
    expect(plan({ channel: ['email'] })).toBeNull();
    // The work queues by due: their partial indexes, whatever else filters them.
    expect(plan({ open: true })).toBe('requests_open_due');
    expect(plan({ open: true, types: ['erasure'] })).toBe('requests_open_due');
    expect(plan({ overdue: true })).toBe('requests_running_due');
    expect(plan({ dueWithinDays: 7, open: true })).toBe('requests_running_due');
    expect(plan({ open: true, sort: 'name' })).toBeNull();
  });

  it('serve the work queues from the partial indexes, whose WHERE is the same list the queries use', () => {
    const indexSql = (name: string) => (db().prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(name) as { sql: string }).sql.replace(/\s+/g, ' ');
    expect(indexSql('requests_open_due')).toContain(`WHERE status IN ${OPEN_IN}`);
    expect(indexSql('requests_running_due')).toContain(`WHERE status IN ${RUNNING_IN}`);
    const plan = (sql: string) => (db().prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ today: today() }) as Array<{ detail: string }>).map((r) => r.detail).join('; ');
    expect(plan(`SELECT ${summaryColumns('r')} FROM requests r WHERE r.status IN ${RUNNING_IN} ORDER BY r.effective_due, r.id LIMIT 10`)).toContain('requests_running_due');
    // Counts may use either index: both are covering, and the status/due one is as short.
    expect(plan(`SELECT count(*) FROM requests r WHERE r.status IN ${RUNNING_IN} AND r.effective_due < @today`)).toMatch(/COVERING INDEX requests_(running|status)_due/);
  });

  it('keep the counts table equal to the rows', () => {
    const direct = db().prepare('SELECT status, channel, types, count(*) AS n FROM requests GROUP BY 1, 2, 3 ORDER BY 1, 2, 3').all();
    const kept = db().prepare('SELECT status, channel, types, n FROM request_counts WHERE n > 0 ORDER BY 1, 2, 3').all();
    expect(kept).toEqual(direct);
  });

  it('keep the search index equal to the rows after imports and creates', async () => {
    await c.call('request.create', {
      types: ['access'],
      requester: { name: 'Zoë Ó Briain', email: 'zoe@example.ie' },
      channel: 'email',
      receivedDate: today(),
    });
    db().exec("INSERT INTO requests_fts (requests_fts, rank) VALUES ('integrity-check', 1)");
    expect((await c.call('request.list', { q: 'ó bri' })).total).toBe(1);
  });
});
