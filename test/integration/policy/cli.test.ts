// `node bin/dpo.cjs policy …` as scripts run it (needs `npm run build` first): the fixed shapes of
// add / check / diff, a PDF read by the built CLI (pdfjs-dist stays external to the bundle), and
// bad input answered with exit 1 and the flag's name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { CHECKLIST_ITEMS } from '../../../shared/model/policy';
import { pdfOf } from './files';
import { EN_COMPLETE, EN_GAPS } from './samples';

let dir: string;
let data: string;
const d = (...args: string[]) => [...args, '--data-dir', data];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dpo-policy-cli-'));
  data = join(dir, 'vault');
  const r = dpo(['init', '--data-dir', data, '--json']);
  expect(r.code, r.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Finding = { item: string; status: string; evidence: string[] };
type Added = { revision: { id: string; number: number; effectiveDate: string; label: string | null; format: string; warnings: Array<{ code: string }> }; checklist: Finding[] };

describe('dpo policy (CLI)', () => {
  it('add → { revision, checklist }; check without storing; diff between the two', async () => {
    const gaps = join(dir, 'policy-2025.txt');
    writeFileSync(gaps, EN_GAPS);
    const first = dpoJson<Added>(d('policy', 'add', gaps, '--effective', '2025-06-01', '--label', '2025'));
    expect(Object.keys(first)).toEqual(['revision', 'checklist']);
    expect(first.revision).toMatchObject({ number: 1, effectiveDate: '2025-06-01', label: '2025', format: 'text' });
    expect(first.checklist.map((f) => f.item)).toEqual([...CHECKLIST_ITEMS]);
    expect(Object.keys(first.checklist[0]!)).toEqual(['item', 'status', 'evidence']);
    expect(first.checklist.find((f) => f.item === 'retention')).toEqual({ item: 'retention', status: 'unclear', evidence: ['We keep your data as needed.'] });

    // A PDF through the built CLI: pdfjs-dist is loaded at run time, outside the bundle.
    const pdf = join(dir, 'policy-2026.pdf');
    writeFileSync(pdf, await pdfOf(EN_COMPLETE.split('\n')));
    const second = dpoJson<Added>(
      d('policy', 'add', pdf, '--effective', '2026-04-01', '--change', 'material', '--material', 'new-recipients,new-transfer', '--notice-on', '2026-03-20', '--notice-how', 'email'),
    );
    expect(second.revision).toMatchObject({ number: 2, format: 'pdf', warnings: [{ code: 'notice-late' }] });
    expect(second.checklist.every((f) => f.status === 'present' && f.evidence.length > 0)).toBe(true);

    const checked = dpoJson<{ format: string; counts: Record<string, number>; checklist: Finding[] }>(d('policy', 'check', gaps));
    expect(checked.counts).toEqual({ present: 7, missing: 9, unclear: 3 });
    expect(dpoJson<unknown[]>(d('policy', 'list'))).toHaveLength(2);

    const diff = dpoJson<{ a: { number: number }; b: { number: number }; sections: Array<{ key: string; change: string }>; totals: { sectionsAdded: number } }>(d('policy', 'diff', '1', second.revision.id));
    expect([diff.a.number, diff.b.number]).toEqual([1, 2]);
    expect(diff.sections.find((s) => s.key === 'who we are')?.change).toBe('changed');
    expect(diff.totals.sectionsAdded).toBeGreaterThan(0);
    const text = dpo(d('policy', 'diff', '1', '2'));
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/\{\+.*\+\}/);
    expect(text.stdout).toContain('~ 1. Who we are');
    // A sentence the PDF wrapped over two lines is one sentence again.
    expect(second.checklist.find((f) => f.item === 'statutory_requirement')!.evidence).toEqual([
      'Providing your contact details is a contractual requirement; if you do not provide them, we cannot deliver the service.',
    ]);
  }, 120_000);

  it('check needs no unlock', () => {
    const file = join(dir, 'p.md');
    writeFileSync(file, '# Rights\nYou have the right to data portability.\n');
    const r = dpo(['policy', 'check', file, '--json', '--data-dir', join(dir, 'no-vault-here')], { DPO_PASSPHRASE: undefined });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { checklist: Finding[] };
    expect(out.checklist.find((f) => f.item === 'rights_portability')?.status).toBe('present');
  });

  it('bad input exits 1 with one line naming the flag or argument', () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, 'Some other text.');
    const cases: Array<[string[], RegExp]> = [
      [['policy', 'add', file, '--effective', '2026-02-30'], /^dpo: --effective: /],
      [['policy', 'add', file, '--effective', '2026-02-01', '--change', 'material'], /^dpo: --material: Say what makes/],
      [['policy', 'add', file, '--effective', '2026-02-01', '--material', 'new-purpose,vibes'], /^dpo: --material: "vibes"/],
      [['policy', 'add', join(dir, 'missing.txt'), '--effective', '2026-02-01'], /^dpo: Cannot read/],
      [['policy', 'diff', '1', '99'], /not found/],
      [['policy', 'override', '1', 'retention', '--status', 'present'], /^dpo: --note: /],
    ];
    for (const [args, message] of cases) {
      const r = dpo(d(...args));
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')[0], args.join(' ')).toMatch(message);
    }
  }, 120_000);
});
