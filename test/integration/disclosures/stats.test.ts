// Transparency statistics on a seeded set equal counts the test computes itself in SQL; the CSV
// export carries the same numbers, one line per quarter and a total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCore } from '../requests/helpers';
import { openSuiteCore } from './helpers';
import { DISCLOSURE_GROUNDS, RECIPIENT_KINDS, PUBLIC_AUTHORITY_KINDS, type DisclosureGround, type RecipientKind } from '../../../shared/model/disclosure';
import { addDays } from '../../../shared/dates/iso';
import type { OpInput } from '../../../shared/api';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
  // A small deterministic generator: 240 disclosures over two years, every kind and ground.
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  for (let i = 0; i < 240; i++) {
    const kind = RECIPIENT_KINDS[rnd(RECIPIENT_KINDS.length)]!;
    const ground = DISCLOSURE_GROUNDS[rnd(DISCLOSURE_GROUNDS.length)]!;
    const date = addDays('2024-01-01', rnd(730));
    const emails = Array.from({ length: rnd(3) }, (_, j) => `s${i}-${j}@example.com`);
    const input: OpInput<'disclosure.add'> = {
      recipient: { name: `Recipient ${rnd(12)}`, kind },
      date,
      ground,
      groundNote: ground === 'legitimate-interest' ? 'balanced' : null,
      categories: ['identity'],
      subjects: emails.length ? { emails, customerIds: rnd(2) ? [`C-${i}`] : [] } : { bulkCount: 10 + rnd(500) },
      inquiry: PUBLIC_AUTHORITY_KINDS.includes(kind) && rnd(3) === 0,
      subjectToldOn: rnd(4) === 0 ? addDays(date, 30) : null,
    };
    await t.call('disclosure.add', input);
  }
}, 120_000);
afterAll(() => t.close());

interface SqlRow {
  quarter: string;
  n: number;
  inquiries: number;
  subjects: number;
  told: number;
}

describe('transparency statistics', () => {
  it('per quarter and in total, equal to counts computed in SQL over the stored subjects', async () => {
    const db = t.core.session.requireStore().db;
    const quarterOf = "strftime('%Y', disclosed_on) || '-Q' || ((CAST(strftime('%m', disclosed_on) AS INTEGER) - 1) / 3 + 1)";
    // Subjects from the link table and the bulk counts, not from the stored subjects_count.
    const expected = db
      .prepare(
        `SELECT ${quarterOf} AS quarter, count(*) AS n, sum(inquiry) AS inquiries,
                sum((SELECT count(*) FROM disclosure_subjects s WHERE s.disclosure_id = d.id) + coalesce(bulk_count, 0)) AS subjects,
                sum(CASE WHEN subject_told_on IS NULL THEN 0 ELSE 1 END) AS told
         FROM disclosures d WHERE disclosed_on BETWEEN '2024-04-01' AND '2025-09-30' GROUP BY 1 ORDER BY 1`,
      )
      .all() as SqlRow[];
    const byKind = db.prepare(`SELECT ${quarterOf} AS quarter, r.kind AS k, count(*) AS n FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id WHERE disclosed_on BETWEEN '2024-04-01' AND '2025-09-30' GROUP BY 1, 2`).all() as Array<{ quarter: string; k: RecipientKind; n: number }>;
    const byGround = db.prepare(`SELECT ${quarterOf} AS quarter, ground AS g, count(*) AS n FROM disclosures WHERE disclosed_on BETWEEN '2024-04-01' AND '2025-09-30' GROUP BY 1, 2`).all() as Array<{ quarter: string; g: DisclosureGround; n: number }>;

    const stats = await t.call('disclosure.stats', { from: '2024-04-01', to: '2025-09-30' });
    expect(stats.quarters.map((q) => q.quarter)).toEqual(['2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3']);
    expect(stats.quarters.map((q) => ({ quarter: q.quarter, n: q.disclosures, inquiries: q.inquiries, subjects: q.subjectsAffected, told: q.laterTold }))).toEqual(expected);
    for (const q of stats.quarters) {
      for (const k of RECIPIENT_KINDS) expect(q.byRecipientKind[k], `${q.quarter} ${k}`).toBe(byKind.find((r) => r.quarter === q.quarter && r.k === k)?.n ?? 0);
      for (const g of DISCLOSURE_GROUNDS) expect(q.byGround[g], `${q.quarter} ${g}`).toBe(byGround.find((r) => r.quarter === q.quarter && r.g === g)?.n ?? 0);
    }
    expect(stats.total.disclosures).toBe(expected.reduce((s, r) => s + r.n, 0));
    expect(stats.total.inquiries).toBeGreaterThan(0);
    expect(stats.total.laterTold).toBeGreaterThan(0);
    const all = await t.call('disclosure.stats', {});
    expect(all.total.disclosures).toBe(240);
  });

  it('the CSV has a header, one line per quarter and a total, with the same numbers', async () => {
    const stats = await t.call('disclosure.stats', { from: '2025-01-01', to: '2025-12-31' });
    const out = await t.call('disclosure.statsCsv', { from: '2025-01-01', to: '2025-12-31' });
    expect(out.filename).toMatch(/^disclosure-statistics-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(out.csv.startsWith('\uFEFF')).toBe(true);
    const lines = out.csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 6)).toEqual(['quarter', 'disclosures', 'inquiries', 'subjects_affected', 'later_told', 'kind:law-enforcement']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', 'total']);
    expect(lines[1]!.split(',').slice(1, 5).map(Number)).toEqual([stats.quarters[0]!.disclosures, stats.quarters[0]!.inquiries, stats.quarters[0]!.subjectsAffected, stats.quarters[0]!.laterTold]);
    expect(out.rows).toBe(4);
  });

  it('a period that ends before it starts names the field', async () => {
    expect((await t.fail('disclosure.stats', { from: '2025-02-01', to: '2025-01-01' })).fieldErrors?.to).toBeDefined();
  });
});
