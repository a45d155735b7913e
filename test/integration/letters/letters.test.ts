// Letters through the contract on a real encrypted store, each PDF read back with pdftotext:
// the profile gate, names in several scripts, English and Dutch, edited templates and their
// versions, a failure part-way leaving nothing behind, and "mark sent" driving the workflow.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localUser } from '../../../shared/auth';
import { daysAgo, newRequest, openTestCore, today, type TestCore } from '../requests/helpers';
import { LetterService } from '../../../main/services/letters/service';
import { writeLetterPdf } from '../../../main/services/letters/pdf';
import { pageItems, pdfFile, pdfPages, pdfText, qpdfCheck } from './pdf-text';
import { letterDate } from '../../../shared/letters/words';
import { DEFAULT_RETENTION } from '../../../shared/model/retention';

let t: TestCore;

const PROFILE = {
  organisationName: 'Netrouting B.V.',
  orgAddress: 'Fascinatio Boulevard 522\n2909 VA Capelle aan den IJssel',
  orgRegistration: '12345678',
  dpoName: 'Jan de Vries',
  dpoEmail: 'fg@netrouting.example',
  dpoRegistration: 'FG001234',
};

beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

async function request(name: string, over: Parameters<typeof newRequest>[0] = {}): Promise<string> {
  return (await t.call('request.create', newRequest({ name, ...over }))).ref;
}

describe('letters', () => {
  it('refuses while the organisation profile lacks a field the letter prints, naming it', async () => {
    const ref = await request('Ada Lovelace');
    await t.call('settings.update', { organisationName: 'Netrouting B.V.', dpoName: 'Jan de Vries', dpoEmail: 'fg@netrouting.example' });
    const err = await t.fail('letter.generate', { ref, template: 'acknowledgement' });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toContain('org.address');
    expect(Object.keys(err.fieldErrors ?? {})).toEqual(['org.address']);
    // Nothing stored.
    expect((await t.call('letter.forRequest', { ref })).letters).toEqual([]);
    await t.call('settings.update', { orgAddress: PROFILE.orgAddress });
    expect((await t.call('letter.generate', { ref, template: 'acknowledgement' })).letter).not.toBeNull();
  });

  it('an acknowledgement in English prints names in several scripts, the dates and the profile, stored with its SHA-256', async () => {
    await t.call('settings.update', PROFILE);
    for (const name of ['Zoë Łukasiewicz-Dvořák', 'Ðorđe Petrović', 'Ἀθηνᾶ Παπαδοπούλου', 'Алексей Иванов']) {
      const ref = await request(name, { email: `x${name.length}@example.com` });
      const r = await t.call('letter.generate', { ref, template: 'acknowledgement', language: 'en' });
      const file = pdfFile(r.base64);
      const text = pdfText(file);
      expect(text).toContain(`Dear ${name},`);
      expect(text).toContain(ref);
      expect(text).toContain(`We received your request on ${letterDate(daysAgo(3), 'en')}`);
      const detail = await t.call('request.get', { ref });
      expect(text).toContain(`at the latest by ${letterDate(detail.due, 'en')}`);
      expect(text).toContain('Article 12(3)');
      expect(text).toContain('Netrouting B.V.');
      expect(text).toContain('Jan de Vries');
      expect(text).toContain('DPO registration no. FG001234');
      expect(qpdfCheck(file).ok).toBe(true);
      // Stored on the request: the same bytes, the same hash, on the timeline.
      const sha = createHash('sha256').update(Buffer.from(r.base64, 'base64')).digest('hex');
      expect(r.sha256).toBe(sha);
      expect(r.letter).toMatchObject({ template: 'acknowledgement', language: 'en', templateVersion: 1, sha256: sha, sentOn: null });
      const att = detail.attachments.find((a) => a.id === r.letter!.fileId)!;
      expect(att).toMatchObject({ kind: 'letter', sha256: sha, mimeType: 'application/pdf' });
      const back = await t.call('request.attachmentGet', { ref, attachmentId: att.publicId });
      expect(back.base64).toBe(r.base64);
      expect(detail.timeline.some((e) => e.event?.code === 'attachment-added' && e.attachmentId === att.id)).toBe(true);
    }
  });

  it('writes in the request’s letter language: Dutch with AVG article numbers', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Jan van der Berg');
    const lang = await t.call('letter.setLanguage', { ref, language: 'nl' });
    expect(lang).toMatchObject({ language: 'nl', languageChosen: true });
    const r = await t.call('letter.generate', { ref, template: 'acknowledgement' });
    expect(r.language).toBe('nl');
    const text = pdfText(pdfFile(r.base64));
    expect(text).toContain('Geachte Jan van der Berg,');
    expect(text).toContain(`Op ${letterDate(daysAgo(3), 'nl')} hebben wij uw verzoek ontvangen: inzage in uw persoonsgegevens.`);
    expect(text).toContain('artikel 12 lid 3 van de Algemene verordening gegevensbescherming (AVG)');
    expect(text).toContain('Ons kenmerk');
    expect(text).toContain('Met vriendelijke groet,');
    expect(text).toContain('FG-nummer FG001234');
  });

  it('an edited template changes the next letter and the letter records its version', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Ada Lovelace');
    const before = await t.call('letter.generate', { ref, template: 'acknowledgement', language: 'en' });
    expect(before.templateVersion).toBe(1);
    const bad = await t.fail('letter.templateSave', { name: 'acknowledgement', language: 'en', subject: 'Re {{request.ref}}', body: 'Dear {{subject.nmae}},' });
    expect(bad.fieldErrors?.body?.[0]).toContain('{{subject.nmae}} is not a placeholder');
    const saved = await t.call('letter.templateSave', { name: 'acknowledgement', language: 'en', subject: 'Re {{request.ref}}', body: 'Hello {{subject.name}},\n\nWe have your request; the answer comes by {{request.due}}.', expectedVersion: 1 });
    expect(saved).toMatchObject({ version: 2, edited: true });
    const stale = await t.fail('letter.templateSave', { name: 'acknowledgement', language: 'en', subject: 'x', body: 'y', expectedVersion: 1 });
    expect(stale.code).toBe('CONFLICT');
    const after = await t.call('letter.generate', { ref, template: 'acknowledgement', language: 'en' });
    expect(after.templateVersion).toBe(2);
    expect(after.letter!.templateVersion).toBe(2);
    const text = pdfText(pdfFile(after.base64));
    expect(text).toContain('Hello Ada Lovelace,');
    expect(text).not.toContain('Dear Ada Lovelace');
    // The Dutch template is untouched; back to the shipped English text is a new version (3).
    expect((await t.call('letter.templates', {})).find((x) => x.name === 'acknowledgement' && x.language === 'nl')!.version).toBe(1);
    expect(await t.call('letter.templateReset', { name: 'acknowledgement', language: 'en' })).toMatchObject({ version: 3, edited: false });
  });

  it('a generation that fails part-way leaves no file, no letter and no timeline entry', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Ada Lovelace');
    const store = t.core.session.requireStore();
    const count = () => (store.db.prepare('SELECT (SELECT count(*) FROM files) + (SELECT count(*) FROM letters) + (SELECT count(*) FROM file_body_chunks) AS n').get() as { n: number }).n;
    const before = count();
    const events = (await t.call('request.get', { ref })).timeline.length;
    let written = 0;
    const failing = new LetterService(store, {
      pdf: (layout, sink) =>
        writeLetterPdf(layout, (chunk) => {
          sink(chunk);
          written += chunk.length;
          if (written > 2000) throw new Error('disk gone');
        }),
    });
    expect(() => failing.generate({ ref, template: 'acknowledgement', draft: false, subjectKind: 'customer' }, 'test')).toThrow('disk gone');
    expect(written).toBeGreaterThan(2000);
    expect(count()).toBe(before);
    expect((await t.call('request.get', { ref })).timeline.length).toBe(events);
  });

  it('mark sent: an extension notice records the extension from its date; an answer records the response date', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Ada Lovelace', { types: ['erasure'] });
    await t.call('request.transition', { ref, action: 'start' });
    const offered = await t.call('letter.forRequest', { ref });
    expect(offered.offered).toEqual(expect.arrayContaining(['acknowledgement', 'extension-notice', 'erasure-confirmation']));
    // Without reasons the notice cannot be complete (GDPR Art. 12(3)).
    const noReasons = await t.fail('letter.generate', { ref, template: 'extension-notice' });
    expect(noReasons.message).toContain('extension.reasons');
    const notice = await t.call('letter.generate', { ref, template: 'extension-notice', language: 'en', reasons: 'Your data sits in six systems that we must search one by one.' });
    const detailBefore = await t.call('request.get', { ref });
    const text = pdfText(pdfFile(notice.base64));
    expect(text).toContain('Your data sits in six systems that we must search one by one.');
    expect(text).toContain(`at the latest by ${letterDate(detailBefore.deadline.extendedDue!, 'en')}`);
    expect(text).toContain('Autoriteit Persoonsgegevens');
    const sentOn = today();
    const sent = await t.call('letter.markSent', { ref, letter: notice.letter!.publicId, sentOn });
    expect(sent.sentOn).toBe(sentOn);
    const extended = await t.call('request.get', { ref });
    expect(extended.status).toBe('extended');
    expect(extended.extension).toEqual({ noticeSentOn: sentOn, reasons: 'Your data sits in six systems that we must search one by one.' });
    expect(extended.due).toBe(detailBefore.deadline.extendedDue);
    expect(extended.timeline.some((e) => e.event?.code === 'letter-sent' && e.on === sentOn && e.direction === 'to-subject')).toBe(true);
    expect((await t.fail('letter.markSent', { ref, letter: notice.letter!.id })).code).toBe('CONFLICT');
    // The extension is no longer offered once recorded.
    expect((await t.call('letter.forRequest', { ref })).offered).not.toContain('extension-notice');
  });

  it('the extension notice is not offered once it can no longer lawfully be sent', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Ada Lovelace', { receivedDate: daysAgo(45) });
    await t.call('request.transition', { ref, action: 'start' });
    const l = await t.call('letter.forRequest', { ref });
    expect([...l.offered, ...l.others]).not.toContain('extension-notice');
    expect(l.offered[0]).toBe('acknowledgement');
  });

  it('mark sent of an answer letter records the response on the day it went out; a step the workflow refuses records nothing', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Grace Hopper', { types: ['erasure'], email: 'grace@example.com' });
    await t.call('request.transition', { ref, action: 'start' });
    // Without a summary of what was done the confirmation is incomplete: a draft shows the gap.
    const draft = await t.call('letter.generate', { ref, template: 'erasure-confirmation', language: 'en', draft: true });
    expect(draft.letter).toBeNull();
    expect(draft.missing).toEqual(['request.summary']);
    const file = pdfFile(draft.base64);
    expect(pdfText(file)).toContain('MISSING: what was done (the response summary)');
    const pages = await pageItems(file);
    expect(pages).toHaveLength(pdfPages(file));
    for (const items of pages) expect(items).toContain('DRAFT');
    expect((await t.call('letter.forRequest', { ref })).letters).toEqual([]);

    const conf = await t.call('letter.generate', { ref, template: 'erasure-confirmation', language: 'en', summary: 'We erased your account, your orders and your newsletter subscription.' });
    expect(pdfText(pdfFile(conf.base64))).toContain('We erased your account, your orders and your newsletter subscription.');
    // Identity not verified: the workflow refuses the response, so nothing is marked sent.
    const refused = await t.fail('letter.markSent', { ref, letter: conf.letter!.id });
    expect(refused.code).toBe('ILLEGAL_TRANSITION');
    expect((await t.call('letter.forRequest', { ref })).letters[0]!.sentOn).toBeNull();
    expect((await t.call('request.get', { ref })).timeline.some((e) => e.event?.code === 'letter-sent')).toBe(false);

    await t.call('request.transition', { ref, action: 'verify', method: 'account-email' });
    await t.call('letter.markSent', { ref, letter: conf.letter!.id });
    const answered = await t.call('request.get', { ref });
    expect(answered.status).toBe('responded');
    expect(answered.answeredOn).toBe(today());
    expect(answered.timeline.find((e) => e.event?.code === 'responded')!.event).toMatchObject({ summary: 'We erased your account, your orders and your newsletter subscription.' });
    expect((await t.call('request.dashboard', {})).onTime).toMatchObject({ answered: 1, onTime: 1 });
  });
});

describe('letters through dispatch are one operation each, audited', () => {
  it('generate writes one audit event group and nothing personal in the hashed summary', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Ada Lovelace');
    await t.call('letter.generate', { ref, template: 'acknowledgement' });
    const res = await t.core.dispatch('audit.list', { limit: 5 }, { principal: localUser('test') });
    expect(res.ok).toBe(true);
    const ops = (res.ok ? (res.result as { rows?: Array<{ operation: string }> } | Array<{ operation: string }>) : []) as unknown;
    const list = Array.isArray(ops) ? ops : (ops as { rows: Array<{ operation: string }> }).rows;
    expect(list.filter((e) => e.operation === 'letter.generate').length).toBeGreaterThanOrEqual(2);
  });
});

describe('letters and retention', () => {
  it('the purge clears what a letter kept for the workflow (an extension notice’s reasons) with the request', async () => {
    await t.call('settings.update', PROFILE);
    const ref = await request('Ada Lovelace');
    await t.call('request.transition', { ref, action: 'start' });
    const reasons = 'Ada Lovelace’s data sits in six systems';
    const notice = await t.call('letter.generate', { ref, template: 'extension-notice', reasons });
    await t.call('letter.markSent', { ref, letter: notice.letter!.id });
    await t.call('request.transition', { ref, action: 'verify', method: 'account-email' });
    await t.call('request.transition', { ref, action: 'respond', summary: 'sent' });
    await t.call('request.transition', { ref, action: 'close' });
    const db = t.core.session.requireStore().db;
    const params = () => (db.prepare('SELECT params FROM letters WHERE id = ?').get(notice.letter!.id) as { params: string }).params;
    expect(params()).toContain(reasons);
    await t.call('settings.update', { retention: { ...DEFAULT_RETENTION, finishedRequests: { months: 0, reason: 'test' } } });
    const purged = await t.call('retention.purge', { confirm: true });
    expect(purged.requests).toBe(1);
    expect(params()).toBe('{}');
    // The letter's record stays (template, version, hash), its bytes go with the request's files.
    expect((await t.call('letter.forRequest', { ref })).letters[0]).toMatchObject({ template: 'extension-notice', sha256: notice.sha256 });
  });
});
