// Diffs between stored revisions: word-level per section, insertions, deletions, moved sections
// (also when renumbered), Unicode, and both views (inline, side by side).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpResult } from '../../../shared/api';
import { openSuiteCore } from '../disclosures/helpers';
import type { TestCore } from '../requests/helpers';

let t: TestCore;
beforeAll(async () => (t = await openSuiteCore()));
afterAll(() => t.close());

type Diff = OpResult<'policy.diff'>;
let n = 0;
const add = (text: string) => t.call('policy.add', { source: { filename: 'p.md', text }, effectiveDate: `2026-03-${String(++n).padStart(2, '0')}` });
const joined = (parts: Diff['sections'][number]['inline'], op: string) => parts.filter((p) => p.op === op).map((p) => p.text.trim()).join(' ');

const V1 = `# Privacy

## 1. Who we are
Netrouting B.V. is the controller.

## 2. Recipients
We share data with our processors.

## 3. Retention
We keep invoices for 7 years.

## 4. Your rights
You may ask for access.
`;

describe('policy diff', () => {
  it('insertions and deletions word by word; unchanged sections stay unchanged', async () => {
    const a = await add(V1);
    const b = await add(V1.replace('with our processors.', 'with our processors and with advertisers.').replace('You may ask for access.', 'You may ask for a copy.'));
    const d = await t.call('policy.diff', { a: String(a.number), b: b.id });
    expect(d.a.number).toBe(a.number);
    expect(d.b.number).toBe(b.number);
    expect(d.sections.map((s) => [s.key, s.change])).toEqual([
      ['privacy', 'unchanged'],
      ['who we are', 'unchanged'],
      ['recipients', 'changed'],
      ['retention', 'unchanged'],
      ['your rights', 'changed'],
    ]);
    const rec = d.sections[2]!;
    expect(joined(rec.inline, 'insert')).toBe('and with advertisers');
    expect(joined(rec.inline, 'delete')).toBe('');
    expect(joined(d.sections[4]!.inline, 'delete')).toBe('access');
    expect(joined(d.sections[4]!.inline, 'insert')).toBe('a copy');
    // Side by side: the left column is the old text, the right the new one.
    expect(d.sections[4]!.left.map((p) => p.text).join('')).toBe('You may ask for access.');
    expect(d.sections[4]!.right.map((p) => p.text).join('')).toBe('You may ask for a copy.');
    expect(d.totals).toMatchObject({ wordsInserted: 5, wordsDeleted: 1, sectionsChanged: 2, sectionsAdded: 0, sectionsRemoved: 0, sectionsMoved: 0 });
  });

  it('an added and a removed section', async () => {
    const a = await add(V1.replace('Privacy', 'Privacy A'));
    const b = await add(V1.replace('Privacy', 'Privacy A').replace('## 3. Retention\nWe keep invoices for 7 years.\n\n', '').replace('## 4. Your rights', '## 4. Cookies\nWe use analytics cookies.\n\n## 5. Your rights'));
    const d = await t.call('policy.diff', { a: a.id, b: b.id });
    expect(d.sections.filter((s) => s.change !== 'unchanged').map((s) => [s.key, s.change, s.positionA, s.positionB])).toEqual([
      ['retention', 'removed', 3, null],
      ['cookies', 'added', null, 3],
    ]);
    expect(joined(d.sections.find((s) => s.key === 'cookies')!.inline, 'insert')).toBe('We use analytics cookies.');
    expect(d.totals).toMatchObject({ sectionsAdded: 1, sectionsRemoved: 1 });
  });

  it('a moved section is recognised even when renumbered, and its word changes still show', async () => {
    const a = await add(V1.replace('Privacy', 'Privacy B'));
    const moved = `# Privacy B

## 1. Your rights
You may ask for access.

## 2. Who we are
Netrouting B.V. is the controller.

## 3. Recipients
We share data with our processors.

## 4. Retention
We keep invoices for 10 years.
`;
    const b = await add(moved);
    const d = await t.call('policy.diff', { a: a.id, b: b.id });
    const rights = d.sections.find((s) => s.key === 'your rights')!;
    expect(rights).toMatchObject({ change: 'moved', textChanged: false, positionA: 4, positionB: 1, titleA: '4. Your rights', titleB: '1. Your rights' });
    // Shown once, where it now stands.
    expect(d.sections.filter((s) => s.key === 'your rights')).toHaveLength(1);
    expect(d.sections.map((s) => s.key)).toEqual(['privacy b', 'your rights', 'who we are', 'recipients', 'retention']);
    const retention = d.sections.find((s) => s.key === 'retention')!;
    expect(retention.change).toBe('changed');
    expect([joined(retention.inline, 'delete'), joined(retention.inline, 'insert')]).toEqual(['7', '10']);
    expect(d.totals).toMatchObject({ sectionsMoved: 1, sectionsChanged: 1, sectionsAdded: 0, sectionsRemoved: 0 });
  });

  it('a section under a reworded heading is one changed section, not a removal and an addition', async () => {
    const a = await add(V1.replace('Privacy', 'Privacy C'));
    const b = await add(V1.replace('Privacy', 'Privacy C').replace('## 3. Retention\nWe keep invoices for 7 years.', '## 3. How long we keep data\nWe keep invoices for 7 years.'));
    const d = await t.call('policy.diff', { a: a.id, b: b.id });
    expect(d.sections.map((s) => [s.change, s.titleA, s.titleB])).toEqual([
      ['unchanged', 'Privacy C', 'Privacy C'],
      ['unchanged', '1. Who we are', '1. Who we are'],
      ['unchanged', '2. Recipients', '2. Recipients'],
      ['changed', '3. Retention', '3. How long we keep data'],
      ['unchanged', '4. Your rights', '4. Your rights'],
    ]);
    expect(d.totals).toMatchObject({ sectionsAdded: 0, sectionsRemoved: 0, sectionsChanged: 1, wordsInserted: 0, wordsDeleted: 0 });
    // A reworded heading over different text stays a removal and an addition.
    const c = await add(V1.replace('Privacy', 'Privacy C').replace('## 3. Retention\nWe keep invoices for 7 years.', '## 3. Cookies\nWe set analytics cookies on first visit.'));
    const e = await t.call('policy.diff', { a: a.id, b: c.id });
    expect(e.sections.filter((s) => s.change !== 'unchanged').map((s) => s.change)).toEqual(['removed', 'added']);
  });

  it('Unicode: accents, composed and decomposed forms, non-Latin scripts and emoji', async () => {
    const a = await add('# Privé\n\n## Ontvangers\nWij delen gegevens met café Zoë en 東京 partners.\n');
    // The same "é" typed decomposed (e + U+0301) is no change; the real edits are.
    const b = await add('# Prive\u0301\n\n## Ontvangers\nWij delen gegevens met café Zoë, 大阪 partners en 🍪 cookies.\n');
    const d = await t.call('policy.diff', { a: a.id, b: b.id });
    expect(d.sections.map((s) => [s.key, s.change])).toEqual([
      ['privé', 'unchanged'],
      ['ontvangers', 'changed'],
    ]);
    const s = d.sections[1]!;
    expect(s.left.map((p) => p.text).join('')).toBe('Wij delen gegevens met café Zoë en 東京 partners.');
    expect(s.right.map((p) => p.text).join('')).toBe('Wij delen gegevens met café Zoë, 大阪 partners en 🍪 cookies.');
    expect(joined(s.inline, 'delete')).toContain('東京');
    expect(joined(s.inline, 'insert')).toContain('大阪');
    expect(joined(s.inline, 'insert')).toContain('🍪');
    // Words kept whole: "Zoë" is not split into pieces around its diaeresis.
    expect(s.inline.filter((p) => p.op === 'equal').map((p) => p.text).join('')).toContain('café Zoë');
  });

  it('an unknown revision is NOT_FOUND', async () => {
    const err = await t.fail('policy.diff', { a: '1', b: '999' });
    expect(err.code).toBe('NOT_FOUND');
  });
});

describe('policy text', () => {
  it('a heading followed by a lower-case line stays a heading; a wrapped sentence is joined', async () => {
    const r = await t.call('policy.check', { source: { filename: 'w.md', text: '## 1. Retention\nwe keep invoices for 7\nyears after the last order.\n' } });
    expect(r.sections.map((s) => [s.title, s.text])).toEqual([['1. Retention', 'we keep invoices for 7 years after the last order.']]);
  });
});
