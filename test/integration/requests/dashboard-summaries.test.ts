// The dashboard reads summary tables kept by triggers (migration 0003). They must always equal
// the same counts taken straight from the requests, whatever the workflow did to the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, newRequest, openTestCore, type TestCore } from './helpers';

let c: TestCore;
beforeAll(async () => {
  c = await openTestCore();
});
afterAll(() => c.close());

function direct() {
  const db = c.core.session.requireStore().db;
  const months = db
    .prepare("SELECT substr(received_date, 1, 7) AS month, types, count(*) AS n FROM requests GROUP BY 1, 2 ORDER BY 1, 2")
    .all();
  const answers = db
    .prepare(
      `SELECT answered_on, answered_on <= effective_due AS on_time, count(*) AS n FROM requests
       WHERE answered_on IS NOT NULL AND status IN ('responded', 'closed', 'refused') GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
  const sMonths = db.prepare('SELECT month, types, n FROM request_month_stats WHERE n > 0 ORDER BY 1, 2').all();
  const sAnswers = db.prepare('SELECT answered_on, on_time, n FROM request_answer_days WHERE n > 0 ORDER BY 1, 2').all();
  return { months, answers, sMonths, sAnswers };
}

describe('dashboard summary tables', () => {
  it('match the requests after creates, answers, refusals, closes, extensions and withdrawals', async () => {
    const refs: string[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await c.call(
        'request.create',
        newRequest({ email: `s${i}@example.com`, types: i % 3 ? ['access'] : ['access', 'erasure'], receivedDate: daysAgo(40 + i * 25) }),
      );
      refs.push(r.ref);
    }
    for (const [i, ref] of refs.entries()) {
      await c.call('request.transition', { ref, action: 'verify', method: 'account-email', on: daysAgo(38 + i * 25) });
      if (i % 4 === 0) await c.call('request.transition', { ref, action: 'refuse', ground: 'excessive', reason: 'repeat', on: daysAgo(30 + i * 25) });
      else if (i % 4 === 1) await c.call('request.transition', { ref, action: 'withdraw', on: daysAgo(30 + i * 25) });
      else {
        // Late for some (after the month ran out), on time for others.
        await c.call('request.transition', { ref, action: 'respond', summary: 'sent', on: daysAgo(i % 2 ? 2 : 30 + i * 25) });
        if (i % 4 === 2) await c.call('request.transition', { ref, action: 'close', art19: [] });
      }
    }
    const d = direct();
    expect(d.sMonths).toEqual(d.months);
    expect(d.sAnswers).toEqual(d.answers);
    const dash = await c.call('request.dashboard', {});
    const db = c.core.session.requireStore().db;
    const since = dash.perMonth[0]!.month;
    const total = (db.prepare("SELECT count(*) AS n FROM requests WHERE substr(received_date, 1, 7) >= ?").get(since) as { n: number }).n;
    expect(dash.perMonth.reduce((s, m) => s + m.total, 0)).toBe(total);
    const erasure = (db.prepare("SELECT count(*) AS n FROM request_types rt JOIN requests r ON r.id = rt.request_id WHERE rt.type = 'erasure' AND substr(r.received_date, 1, 7) >= ?").get(since) as { n: number }).n;
    expect(dash.perMonth.reduce((s, m) => s + (m.byType.erasure ?? 0), 0)).toBe(erasure);
  });
});
