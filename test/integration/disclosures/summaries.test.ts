// The trigger-kept numbers behind the list totals and the statistics (disclosure_counts and
// disclosure_quarter_stats) stay equal to counts the test computes over the disclosures in SQL
// after inserts, corrections (new versions that move a disclosure to another quarter, kind,
// ground, secrecy or subject count), a retention purge of linked requests and a removal; and the
// totals and statistics read from them equal plain counts for every filter and period shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, newRequest, today, type TestCore } from '../requests/helpers';
import { openSuiteCore } from './helpers';
import { DISCLOSURE_GROUNDS, PUBLIC_AUTHORITY_KINDS, RECIPIENT_KINDS, type DisclosureDetail } from '../../../shared/model/disclosure';
import { addDays } from '../../../shared/dates/iso';
import { DEFAULT_RETENTION } from '../../../shared/model/retention';
import type { OpInput } from '../../../shared/api';

let t: TestCore;
const added: DisclosureDetail[] = [];
const linkedRefs: string[] = [];
const db = () => t.core.session.requireStore().db;

/** A closed request: due for the purge once finished requests are kept for 0 months. */
async function finishedRequest(i: number): Promise<string> {
  const r = await t.call('request.create', newRequest({ name: `Subject ${i}`, email: `linked${i}@example.com`, receivedDate: daysAgo(60) }));
  await t.call('request.transition', { ref: r.ref, action: 'start' });
  await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
  await t.call('request.transition', { ref: r.ref, action: 'respond', summary: 'Sent a copy' });
  await t.call('request.transition', { ref: r.ref, action: 'close' });
  return r.ref;
}

beforeAll(async () => {
  t = await openSuiteCore();
  for (let i = 0; i < 3; i++) linkedRefs.push(await finishedRequest(i));
  // Park-Miller: the products stay below 2^53, so every draw is exact in a double.
  let seed = 11;
  const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
  for (let i = 0; i < 90; i++) {
    const kind = RECIPIENT_KINDS[rnd(RECIPIENT_KINDS.length)]!;
    const ground = DISCLOSURE_GROUNDS[rnd(DISCLOSURE_GROUNDS.length)]!;
    const date = daysAgo(1 + rnd(900));
    const secrecyPick = rnd(4);
    const secrecy: OpInput<'disclosure.add'>['secrecy'] =
      secrecyPick === 0 ? { decision: 'secret', ground: 'Sv art. 126bb' } : secrecyPick === 1 ? { decision: 'secret-until', until: addDays(today(), rnd(200) - 100), ground: 'Sv art. 126bb' } : { decision: 'may-tell' };
    const input: OpInput<'disclosure.add'> = {
      recipient: { name: `Recipient ${rnd(8)}`, kind },
      date,
      ground,
      groundNote: ground === 'legitimate-interest' ? 'balanced' : null,
      categories: ['identity'],
      subjects: i < linkedRefs.length ? { requestRefs: [linkedRefs[i]!], emails: [`extra${i}@example.com`] } : rnd(3) ? { emails: Array.from({ length: 1 + rnd(3) }, (_, j) => `s${i}-${j}@example.com`) } : { bulkCount: 5 + rnd(300) },
      inquiry: PUBLIC_AUTHORITY_KINDS.includes(kind) && rnd(3) === 0,
      secrecy,
      subjectToldOn: rnd(5) === 0 ? today() : null,
    };
    added.push(await t.call('disclosure.add', input));
  }
}, 180_000);
afterAll(() => t.close());

const QUARTER = "strftime('%Y', disclosed_on) || '-Q' || ((CAST(strftime('%m', disclosed_on) AS INTEGER) - 1) / 3 + 1)";

/** The kept rows (empty combinations dropped) against the same sums grouped over the disclosures. */
function expectSummariesExact(): void {
  const kept = db().prepare('SELECT quarter, recipient_kind, ground, n, inquiries, subjects, told FROM disclosure_quarter_stats WHERE n <> 0 ORDER BY 1, 2, 3').all();
  const counted = db()
    .prepare(
      `SELECT ${QUARTER} AS quarter, recipient_kind, ground, count(*) AS n, sum(inquiry) AS inquiries,
              sum((SELECT count(*) FROM disclosure_subjects s WHERE s.disclosure_id = d.id) + coalesce(bulk_count, 0)) AS subjects,
              sum(CASE WHEN subject_told_on IS NULL THEN 0 ELSE 1 END) AS told
       FROM disclosures d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all();
  expect(kept).toEqual(counted);
  // An emptied combination is zero in every column, never negative.
  expect(db().prepare('SELECT count(*) FROM disclosure_quarter_stats WHERE n = 0 AND (inquiries <> 0 OR subjects <> 0 OR told <> 0) OR n < 0').pluck().get()).toBe(0);
  const counts = db().prepare('SELECT recipient_kind, ground, inquiry, secrecy, n FROM disclosure_counts WHERE n <> 0 ORDER BY 1, 2, 3, 4').all();
  expect(counts).toEqual(db().prepare('SELECT recipient_kind, ground, inquiry, secrecy, count(*) AS n FROM disclosures GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4').all());
}

function correction(d: DisclosureDetail, over: Partial<OpInput<'disclosure.correct'>>): OpInput<'disclosure.correct'> {
  return {
    id: d.id,
    expectedVersion: d.version,
    reason: 'Corrected after checking the order.',
    recipientId: d.recipient.id,
    date: d.date,
    ground: d.ground,
    groundNote: d.groundNote,
    categories: d.categories,
    subjects: { emails: d.subjects.emails, customerIds: d.subjects.customerIds, requestRefs: d.subjects.requestRefs, bulkCount: d.subjects.bulkCount },
    inquiry: d.inquiry,
    secrecy: { decision: d.secrecy, until: d.secretUntil, ground: d.secrecyGround },
    subjectToldOn: d.subjectToldOn,
    ...over,
  };
}

describe('kept counts and quarter sums', () => {
  it('equal the disclosures after inserts', () => {
    expect(db().prepare('SELECT count(*) FROM disclosures').pluck().get()).toBe(90);
    expectSummariesExact();
  });

  it('follow corrections: another quarter, recipient kind, ground, secrecy, subjects and told', async () => {
    const [a, b, c, d, e] = added.slice(10, 15) as [DisclosureDetail, DisclosureDetail, DisclosureDetail, DisclosureDetail, DisclosureDetail];
    const other = added.find((x) => x.recipient.kind !== a.recipient.kind)!;
    await t.call('disclosure.correct', correction(a, { date: addDays(a.date, -200), recipientId: other.recipient.id, inquiry: false }));
    await t.call('disclosure.correct', correction(b, { ground: b.ground === 'warrant' ? 'court-order' : 'warrant', groundNote: null }));
    await t.call('disclosure.correct', correction(c, { secrecy: c.secrecy === 'secret' ? { decision: 'may-tell' } : { decision: 'secret', ground: 'Sv art. 126bb' } }));
    await t.call('disclosure.correct', correction(d, { subjects: { bulkCount: 1234 } }));
    await t.call('disclosure.correct', correction(e, { subjectToldOn: e.subjectToldOn ? null : today(), inquiry: PUBLIC_AUTHORITY_KINDS.includes(e.recipient.kind) ? !e.inquiry : e.inquiry }));
    expectSummariesExact();
  });

  it('stay right through a retention purge of the linked requests', async () => {
    const before = await t.call('disclosure.stats', {});
    await t.call('settings.update', { retention: { ...DEFAULT_RETENTION, finishedRequests: { months: 0, reason: null } } });
    expect(await t.call('retention.purge', { confirm: true })).toMatchObject({ requests: linkedRefs.length });
    expectSummariesExact();
    // Pseudonymising the requester changes no number: the disclosure keeps its subjects.
    expect(await t.call('disclosure.stats', {})).toEqual(before);
  });

  it('lose a removed disclosure (no operation removes one yet; whatever does gets this for free)', () => {
    const victim = db().prepare('SELECT id FROM disclosures ORDER BY id DESC LIMIT 1').pluck().get() as number;
    db().transaction(() => {
      for (const table of ['disclosure_subjects', 'disclosure_versions', 'disclosure_reminders']) db().prepare(`DELETE FROM ${table} WHERE disclosure_id = ?`).run(victim);
      db().prepare('DELETE FROM disclosures WHERE id = ?').run(victim);
    })();
    expectSummariesExact();
  });
});

describe('totals and statistics read from them', () => {
  it('every list total equals a plain count of the same filter', async () => {
    const now = today();
    const secretNow = `(secrecy = 'secret' OR (secrecy = 'secret-until' AND secret_until > '${now}'))`;
    const cases: Array<[OpInput<'disclosure.list'>, string]> = [
      [{}, '1'],
      [{ recipientKind: 'law-enforcement' }, "recipient_kind = 'law-enforcement'"],
      [{ ground: 'warrant' }, "ground = 'warrant'"],
      [{ inquiry: true }, 'inquiry = 1'],
      [{ inquiry: false, recipientKind: 'court' }, "inquiry = 0 AND recipient_kind = 'court'"],
      [{ secret: true }, secretNow],
      [{ secret: false }, `NOT ${secretNow}`],
      [{ secret: true, recipientKind: 'law-enforcement' }, `${secretNow} AND recipient_kind = 'law-enforcement'`],
      [{ secret: false, ground: 'court-order', inquiry: false }, `NOT ${secretNow} AND ground = 'court-order' AND inquiry = 0`],
      [{ secret: true, from: daysAgo(400) }, `${secretNow} AND disclosed_on >= '${daysAgo(400)}'`],
    ];
    let nonEmpty = 0;
    for (const [input, where] of cases) {
      const expected = db().prepare(`SELECT count(*) FROM disclosures WHERE ${where}`).pluck().get() as number;
      const list = await t.call('disclosure.list', { ...input, limit: 5 });
      expect(list.total, JSON.stringify(input)).toBe(expected);
      if (expected > 0 && expected < 89) nonEmpty++;
    }
    // The cases split the register: a filter that matched all or nothing would prove little.
    expect(nonEmpty).toBeGreaterThanOrEqual(7);
  });

  it('statistics over periods that start or end inside a quarter equal plain counts', async () => {
    const periods: Array<[string | undefined, string | undefined]> = [
      [daysAgo(500), undefined],
      [undefined, daysAgo(100)],
      [daysAgo(700), daysAgo(45)],
      [daysAgo(300), daysAgo(290)],
      ['2025-04-01', '2025-12-31'],
      ['2025-02-14', '2025-06-30'],
      ['2025-04-01', '2025-05-20'],
      [daysAgo(200), daysAgo(200)],
    ];
    for (const [from, to] of periods) {
      const expected = db()
        .prepare(
          `SELECT ${QUARTER} AS quarter, count(*) AS n, sum(inquiry) AS inquiries, sum(subjects_count) AS subjects, sum(subject_told_on IS NOT NULL) AS told
           FROM disclosures WHERE disclosed_on >= ? AND disclosed_on <= ? GROUP BY 1 ORDER BY 1`,
        )
        .all(from ?? '0000-00-00', to ?? '9999-12-31');
      const stats = await t.call('disclosure.stats', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      expect(
        stats.quarters.map((q) => ({ quarter: q.quarter, n: q.disclosures, inquiries: q.inquiries, subjects: q.subjectsAffected, told: q.laterTold })),
        `${from} – ${to}`,
      ).toEqual(expected);
      for (const q of stats.quarters) {
        const byKind = db().prepare(`SELECT recipient_kind AS k, count(*) AS n FROM disclosures WHERE ${QUARTER} = ? AND disclosed_on >= ? AND disclosed_on <= ? GROUP BY 1`).all(q.quarter, from ?? '0000-00-00', to ?? '9999-12-31') as Array<{ k: string; n: number }>;
        for (const k of RECIPIENT_KINDS) expect(q.byRecipientKind[k], `${q.quarter} ${k}`).toBe(byKind.find((r) => r.k === k)?.n ?? 0);
      }
    }
  });
});
