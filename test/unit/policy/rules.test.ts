// The checklist rules are data people edit: every fixed item has exactly one rule with its
// article, both languages have terms, and every pattern compiles.
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS } from '../../../shared/model/policy';
import { RECIPIENT_KINDS } from '../../../shared/model/disclosure';
import { CHECKLIST_RULES, RECIPIENT_KIND_TERMS } from '../../../shared/policy/rules';
import { headingOf, normaliseText, splitSections } from '../../../shared/policy/sections';

describe('checklist rules', () => {
  it('one rule per item, in the fixed order, each citing its GDPR article, with terms in English and Dutch', () => {
    expect(CHECKLIST_RULES.map((r) => r.item)).toEqual([...CHECKLIST_ITEMS]);
    for (const r of CHECKLIST_RULES) {
      expect(r.article, r.item).toMatch(/^GDPR Art\. 1[34]/);
      expect(r.en.terms.length, r.item).toBeGreaterThan(0);
      expect(r.nl.terms.length, r.item).toBeGreaterThan(0);
      for (const p of [...r.en.terms, ...(r.en.needs ?? []), ...(r.en.weak ?? []), ...r.nl.terms, ...(r.nl.needs ?? []), ...(r.nl.weak ?? [])]) expect(() => new RegExp(p, 'iu'), p).not.toThrow();
    }
  });

  it('every recipient kind of the disclosures register has its words (only "other" has none)', () => {
    expect(Object.keys(RECIPIENT_KIND_TERMS).sort()).toEqual([...RECIPIENT_KINDS].sort());
    for (const kind of RECIPIENT_KINDS) {
      const n = RECIPIENT_KIND_TERMS[kind].en.length + RECIPIENT_KIND_TERMS[kind].nl.length;
      if (kind === 'other') expect(n).toBe(0);
      else expect(n, kind).toBeGreaterThan(0);
    }
  });
});

describe('policy text', () => {
  it('headings: Markdown, numbered and ALL-CAPS; sentences and short capitals that end in a full stop are not', () => {
    expect(headingOf('## Your rights')).toEqual({ level: 2, title: 'Your rights' });
    expect(headingOf('4.2 Retention')).toEqual({ level: 2, title: '4.2 Retention' });
    expect(headingOf('UW RECHTEN')).toEqual({ level: 1, title: 'UW RECHTEN' });
    expect(headingOf('ÉÉN OVERZICHT')).toEqual({ level: 1, title: 'ÉÉN OVERZICHT' });
    expect(headingOf('3. We keep invoices for 7 years.')).toBeNull();
    expect(headingOf('WE KEEP DATA.')).toBeNull();
    expect(headingOf('We keep data')).toBeNull();
    expect(headingOf('2026')).toBeNull();
  });

  it('normalises composition, line ends, non-breaking and repeated spaces', () => {
    expect(normaliseText('Prive\u0301\r\n\r\n\r\n\r\nA\u00A0 b\t c  ')).toBe('Privé\n\nA b c');
    const s = splitSections('Intro text.\n## A\none\n## A\ntwo');
    expect(s.map((x) => x.key)).toEqual(['', 'a', 'a#2']);
  });
});
