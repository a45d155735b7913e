// The shipped letters: English and Dutch say the same things (same placeholders, same articles
// cited), every placeholder exists, and the Art. 15 response covers every item of the article.
import { describe, expect, it } from 'vitest';
import { TEMPLATE_NAMES, type Placeholder } from '../../../shared/letters/model';
import { TEMPLATES_EN } from '../../../shared/letters/templates-en';
import { TEMPLATES_NL } from '../../../shared/letters/templates-nl';
import { articlesCited, checkTemplate, placeholdersIn, renderTemplate } from '../../../shared/letters/render';

describe('shipped letter templates', () => {
  it.each(TEMPLATE_NAMES)('%s: English and Dutch use the same placeholders and cite the same articles', (name) => {
    const en = TEMPLATES_EN[name];
    const nl = TEMPLATES_NL[name];
    expect(placeholdersIn(nl.body).sort()).toEqual(placeholdersIn(en.body).sort());
    expect(placeholdersIn(nl.subject).sort()).toEqual(placeholdersIn(en.subject).sort());
    expect(articlesCited(nl.body + nl.subject)).toEqual(articlesCited(en.body + en.subject));
    expect(articlesCited(en.body).length).toBeGreaterThan(0);
    expect(checkTemplate(en.subject, en.body)).toEqual([]);
    expect(checkTemplate(nl.subject, nl.body)).toEqual([]);
  });

  it('the access response covers every item of Art. 15(1)(a)–(h), 15(2) and 15(3)', () => {
    const items = ['15(1)(a)', '15(1)(b)', '15(1)(c)', '15(1)(d)', '15(1)(e)', '15(1)(f)', '15(1)(g)', '15(1)(h)', '15(2)', '15(3)'];
    for (const t of [TEMPLATES_EN, TEMPLATES_NL]) expect(articlesCited(t['access-response'].body)).toEqual(expect.arrayContaining(items));
  });

  it('the refusal names the reasons, the right to complain and the right to a judicial remedy (Art. 12(4))', () => {
    for (const t of [TEMPLATES_EN, TEMPLATES_NL]) {
      expect(articlesCited(t.refusal.body)).toEqual(expect.arrayContaining(['12(4)', '77', '79']));
      expect(placeholdersIn(t.refusal.body)).toEqual(expect.arrayContaining(['refusal.reasons', 'authority.name']));
    }
  });

  it('the check finds an unknown placeholder, a list inside a sentence and an unclosed one', () => {
    expect(checkTemplate('Re {{request.ref}}', 'Dear {{subject.nmae}}')).toEqual([{ field: 'body', message: expect.stringContaining('{{subject.nmae}} is not a placeholder') }]);
    expect(checkTemplate('x', 'We send {{access.purposes}} today.')[0]!.message).toContain('is a list');
    expect(checkTemplate('x', 'Dear {{subject.name')[0]!.message).toContain('not closed');
    // A test that the checker is not blind: it fails the shipped text once a typo is put in.
    const typo = TEMPLATES_NL.acknowledgement.body.replace('{{request.due}}', '{{request.deu}}');
    expect(checkTemplate('x', typo)).toHaveLength(1);
    expect(placeholdersIn(typo).sort()).not.toEqual(placeholdersIn(TEMPLATES_EN.acknowledgement.body).sort());
  });

  it('renders headings, lists and marks what is missing', () => {
    const r = renderTemplate('Re {{request.ref}}', 'Dear {{subject.name}},\n\n## Why\n\n{{access.purposes}}\n\n{{access.source}}', { 'request.ref': 'DSR-1', 'subject.name': 'Ἀθηνᾶ', 'access.purposes': ['Billing', 'Support'] }, (n: Placeholder) => `MISSING: ${n}`);
    expect(r.subject).toBe('Re DSR-1');
    expect(r.blocks).toEqual([
      { kind: 'paragraph', text: 'Dear Ἀθηνᾶ,' },
      { kind: 'heading', text: 'Why' },
      { kind: 'bullet', text: 'Billing' },
      { kind: 'bullet', text: 'Support' },
      { kind: 'missing', text: 'MISSING: access.source' },
    ]);
    expect(r.missing).toEqual(['access.source']);
  });
});
