// The access response (GDPR Art. 15) from the registers: recipients from the disclosures
// register's subject view (a secret disclosure withheld while its decision says so, an Art. 4(9)
// inquiry never listed), purposes, categories, retention, source, automated decisions and transfer
// safeguards from the records of processing that cover the subject, and which activities it used.
// Every item of Art. 15(1)(a)-(h), 15(2) and 15(3) is read back from the PDF, in English and Dutch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { daysAgo, newRequest, openTestCore, type TestCore } from '../requests/helpers';
import { partnerFlow, policeOrder } from '../disclosures/helpers';
import { pageItems, pdfFile, pdfText } from './pdf-text';

let t: TestCore;

beforeEach(async () => {
  t = await openTestCore();
  await t.call('settings.update', {
    organisationName: 'Netrouting B.V.',
    orgAddress: 'Fascinatio Boulevard 522\n2909 VA Capelle aan den IJssel',
    dpoName: 'Jan de Vries',
    dpoEmail: 'fg@netrouting.example',
  });
});
afterEach(() => t.close());

async function withDisclosures(): Promise<string> {
  const { ref } = await t.call('request.create', newRequest({ name: 'Алексей Иванов', email: 'alexei@example.com', types: ['access'] }));
  // Shown: a partner flow and a police order whose secrecy has ended.
  await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Mailhouse Partner BV', kind: 'partner', country: 'NL' }, subjects: { emails: ['alexei@example.com'] } }));
  await t.call('disclosure.add', policeOrder({ recipient: { name: 'Politie Rotterdam', kind: 'law-enforcement', country: 'NL' }, subjects: { emails: ['alexei@example.com'] }, secrecy: { decision: 'secret-until', until: daysAgo(1), ground: 'Sv 126nd' } }));
  // Withheld: still secret, and an Art. 4(9) inquiry.
  await t.call('disclosure.add', policeOrder({ recipient: { name: 'FIOD Secret Unit', kind: 'law-enforcement', country: 'NL' }, subjects: { emails: ['alexei@example.com'] }, secrecy: { decision: 'secret', ground: 'Sv 126nd lid 5' } }));
  await t.call('disclosure.add', policeOrder({ recipient: { name: 'Belastingdienst Inquiry Desk', kind: 'other-public-authority', country: 'NL' }, subjects: { emails: ['alexei@example.com'] }, inquiry: true }));
  return ref;
}

async function withActivities(): Promise<void> {
  await t.call('processing.add', {
    kind: 'controller',
    name: 'Customer administration',
    purposes: ['Delivering the hosting services you ordered', 'Invoicing'],
    legalBasis: 'contract',
    subjectKinds: ['customer'],
    dataCategories: ['identity', 'contact', 'payment'],
    retention: '7 years after the end of the contract (Dutch tax law, AWR art. 52)',
    sources: ['subject'],
    automatedDecisions: false,
    transfers: [{ country: 'US', safeguard: 'sccs', note: 'support ticketing' }],
  });
  await t.call('processing.add', {
    kind: 'controller',
    name: 'Staff payroll',
    purposes: ['Paying salaries'],
    legalBasis: 'legal-obligation',
    subjectKinds: ['employee'],
    dataCategories: ['payment'],
    retention: '7 years',
  });
}

describe('access response', () => {
  it('is refused while the records of processing do not cover the subject, listing what is missing', async () => {
    const ref = await withDisclosures();
    const err = await t.fail('letter.generate', { ref, template: 'access-response' });
    expect(err.code).toBe('VALIDATION');
    for (const item of ['access.purposes', 'access.categories', 'access.retention', 'access.source', 'access.automated', 'access.transfers']) expect(err.message).toContain(item);
    expect((await t.call('letter.forRequest', { ref })).letters).toEqual([]);
  });

  it('a draft marks every gap as MISSING and DRAFT on every page, and is not stored', async () => {
    const ref = await withDisclosures();
    const r = await t.call('letter.generate', { ref, template: 'access-response', language: 'en', draft: true });
    expect(r.letter).toBeNull();
    expect(r.missing).toEqual(['access.purposes', 'access.categories', 'access.retention', 'access.source', 'access.automated', 'access.transfers']);
    const file = pdfFile(r.base64);
    const text = pdfText(file);
    for (const gap of [
      'MISSING: the purposes of the processing (Art. 15(1)(a))',
      'MISSING: the categories of personal data (Art. 15(1)(b))',
      'MISSING: the retention period (Art. 15(1)(d))',
      'MISSING: the source of the data (Art. 15(1)(g))',
      'MISSING: automated decision-making (Art. 15(1)(h))',
      'MISSING: transfer safeguards (Art. 15(2))',
      'MISSING: the processing activities used',
    ])
      expect(text).toContain(gap);
    const pages = await pageItems(file);
    expect(pages.length).toBeGreaterThan(1);
    for (const items of pages) expect(items).toContain('DRAFT');
    // The Dutch draft says CONCEPT and ONTBREEKT.
    const nl = await t.call('letter.generate', { ref, template: 'access-response', language: 'nl', draft: true });
    const nlFile = pdfFile(nl.base64);
    expect(pdfText(nlFile)).toContain('ONTBREEKT: de verwerkingsdoeleinden (art. 15 lid 1 onder a AVG)');
    for (const items of await pageItems(nlFile)) expect(items).toContain('CONCEPT');
  });

  it('from the example record: refuses the items its source is silent on (no placeholder text or unchecked "no transfers" reaches the subject) until the DPO changes or confirms them', async () => {
    const ref = await withDisclosures();
    await t.call('processing.loadExample', {});
    const err = await t.fail('letter.generate', { ref, template: 'access-response', language: 'en' });
    expect(err.code).toBe('VALIDATION');
    for (const item of ['access.retention', 'access.automated', 'access.transfers']) expect(err.message).toContain(item);
    for (const item of ['access.purposes', 'access.categories']) expect(err.message).not.toContain(item);
    const draft = pdfText(pdfFile((await t.call('letter.generate', { ref, template: 'access-response', language: 'en', draft: true })).base64));
    expect(draft).toContain('MISSING: the retention period (Art. 15(1)(d))');
    expect(draft).not.toContain('does not say how long');
    expect(draft).not.toContain('We do not transfer');

    // The DPO sets each covering activity's retention and confirms "no transfers" and "no
    // automated decisions" as they stand (leaving them out of the edit's list).
    const record = await t.call('processing.covering', { subjectKind: 'customer' });
    for (const a of record.activities) {
      const d = await t.call('processing.get', { id: a.id });
      const content = { ...d.content, retention: `Two years after the contract ends (${a.ref})`, toComplete: d.content.toComplete.filter((f) => !['transfers', 'automatedDecisions'].includes(f)) };
      await t.call('processing.edit', { id: a.id, expectedVersion: d.version, content });
    }
    const r = await t.call('letter.generate', { ref, template: 'access-response', language: 'en' });
    expect(r.missing).toEqual([]);
    const text = pdfText(pdfFile(r.base64));
    expect(text).toContain('Two years after the contract ends');
    expect(text).not.toContain('does not say how long');
  });

  it('covers every Art. 15 item from the registers, shows the actual recipients and withholds secret ones and inquiries', async () => {
    const ref = await withDisclosures();
    await withActivities();
    const r = await t.call('letter.generate', { ref, template: 'access-response', language: 'en' });
    expect(r.missing).toEqual([]);
    expect(r.letter!.activities).toEqual([expect.stringMatching(/^PA-\S+ Customer administration$/)]);
    const file = pdfFile(r.base64);
    const text = pdfText(file);
    expect(text).toContain('Dear Алексей Иванов,');
    for (const item of ['15(1)(a)', '15(1)(b)', '15(1)(c)', '15(1)(d)', '15(1)(e)', '15(1)(f)', '15(1)(g)', '15(1)(h)', '15(2)', '15(3)']) expect(text).toContain(`(Article ${item})`);
    // (a) purposes, (b) categories, (d) retention, (g) source, (h) automated, 15(2) transfers.
    expect(text).toContain('Delivering the hosting services you ordered');
    expect(text).toContain('Invoicing');
    expect(text).toMatch(/Identity.*Contact details.*Payment/);
    expect(text).toContain('7 years after the end of the contract (Dutch tax law, AWR art. 52)');
    expect(text).toContain('from you');
    expect(text).toContain('We do not take decisions about you based solely on automated processing');
    expect(text).toContain('US: Standard contractual clauses (GDPR Art. 46(2)(c)) — support ticketing');
    // Staff payroll does not cover customers.
    expect(text).not.toContain('Paying salaries');
    // (c) the actual recipients: shown, and withheld ones never named.
    expect(text).toContain('Mailhouse Partner BV');
    expect(text).toContain('Politie Rotterdam');
    expect(text).not.toContain('FIOD Secret Unit');
    expect(text).not.toContain('Belastingdienst Inquiry Desk');
    // (e) rights, (f) complaint, 15(3) the copy.
    expect(text).toContain('to erase it (Article 17)');
    expect(text).toContain('Autoriteit Persoonsgegevens');
    expect(text).toContain('E-mail address: alexei@example.com');
    expect(text).toMatch(/Processing activities this answer is based on PA-\S+ Customer administration/);
    expect(text).not.toContain('MISSING');
    for (const items of await pageItems(file)) expect(items).not.toContain('DRAFT');
  });

  it('in Dutch: the same items with AVG article numbers', async () => {
    const ref = await withDisclosures();
    await withActivities();
    const r = await t.call('letter.generate', { ref, template: 'access-response', language: 'nl' });
    const text = pdfText(pdfFile(r.base64));
    expect(text).toContain('Geachte Алексей Иванов,');
    for (const item of ['lid 1 onder a', 'lid 1 onder b', 'lid 1 onder c', 'lid 1 onder d', 'lid 1 onder e', 'lid 1 onder f', 'lid 1 onder g', 'lid 1 onder h', 'lid 2', 'lid 3']) expect(text).toContain(`(artikel 15 ${item} AVG)`);
    expect(text).toMatch(/Identiteit|Contactgegevens/);
    expect(text).toContain('van uzelf');
    expect(text).toContain('Mailhouse Partner BV');
    expect(text).not.toContain('FIOD Secret Unit');
    expect(text).toContain('Verwerkingsactiviteiten waarop dit antwoord is gebaseerd');
  });
});

describe('Art. 19 notice to a recipient', () => {
  it('names the recipient chosen from the request’s Art. 19 listing and what was done, in Dutch', async () => {
    const { ref } = await t.call('request.create', newRequest({ name: 'Jan van der Berg', email: 'jan@example.com', types: ['erasure'] }));
    await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Mailhouse Partner BV', kind: 'partner', country: 'NL' }, subjects: { emails: ['jan@example.com'] } }));
    await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Drukkerij De Boer', kind: 'partner', country: 'NL' }, subjects: { emails: ['jan@example.com'] } }));
    const listing = await t.call('request.art19Recipients', { ref });
    const printer = listing.recipients.find((r) => r.name === 'Drukkerij De Boer')!;
    const r = await t.call('letter.generate', { ref, template: 'art19-recipient-notice', language: 'nl', recipient: printer.id, summary: 'Naam, adres en bestelgeschiedenis zijn gewist.' });
    const text = pdfText(pdfFile(r.base64));
    expect(text).toContain('Drukkerij De Boer');
    expect(text).not.toContain('Mailhouse Partner BV');
    expect(text).toContain('Wij hebben u eerder persoonsgegevens van Jan van der Berg verstrekt. Op verzoek van deze persoon hebben wij die gegevens gewist.');
    expect(text).toContain('artikel 19 AVG');
    const wrong = await t.fail('letter.generate', { ref, template: 'art19-recipient-notice', recipient: 'not-a-recipient' });
    expect(wrong.fieldErrors?.recipient?.[0]).toContain('not in the Art. 19 listing');
  });
});
