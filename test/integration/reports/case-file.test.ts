// The case file read back with poppler: names in four scripts print exactly, the summary,
// deadline working, every timeline event, letters with their SHA-256, disclosures (withheld ones
// marked with why), Art. 19 records and the audit-trail head; stored with the request; Dutch too;
// an unknown request leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newRequest, type TestCore } from '../requests/helpers';
import { openSuiteCore, partnerFlow, policeOrder } from '../disclosures/helpers';
import { expectPageNumbers, readBack } from './helpers';

let t: TestCore;
let out: string;
beforeAll(async () => {
  t = await openSuiteCore();
  out = mkdtempSync(join(tmpdir(), 'dpo-case-out-'));
}, 60_000);
afterAll(() => {
  t.close();
  rmSync(out, { recursive: true, force: true });
});

describe('case file', () => {
  it.each(['Zoë Łukasiewicz-Dvořák', 'Ðorđe', 'Ἀθηνᾶ', 'Алексей'])('prints %s exactly', async (name) => {
    const r = await t.call('request.create', newRequest({ name, email: `${name.length}-${Math.random()}@example.com`.replace(/[^a-z0-9@.-]/gi, 'x') }));
    const rep = await t.call('report.caseFile', { ref: r.ref });
    const { all, info } = await readBack(t, rep, out);
    expect(all).toContain(name);
    expect(info).toMatch(new RegExp(`Title:\\s+Case file ${r.ref}`));
    // The name stays out of the metadata and the file name.
    expect(info).not.toContain(name);
    expect(rep.filename).toBe(`case-file-${r.ref}.pdf`);
  });

  it("tells the request's whole story and is stored with it", async () => {
    const email = 'story@example.com';
    const partner = await t.call('disclosure.add', partnerFlow({ subjects: { emails: [email] } }));
    const secret = await t.call('disclosure.add', policeOrder({ subjects: { emails: [email] }, secrecy: { decision: 'secret', ground: 'an investigation is running' } }));
    const inquiry = await t.call('disclosure.add', policeOrder({ recipient: { name: 'FIOD', kind: 'law-enforcement' }, subjects: { emails: [email] }, inquiry: true }));
    const r = await t.call('request.create', newRequest({ types: ['erasure'], email, name: 'Алексей Story' }));
    const letter = await t.call('request.attach', { ref: r.ref, filename: 'acknowledgement.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7 letter').toString('base64'), kind: 'letter' });
    const sha = letter.attachments.find((a) => a.filename === 'acknowledgement.pdf')!.sha256;
    await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
    await t.call('request.transition', { ref: r.ref, action: 'respond', summary: 'Erased everywhere' });
    await t.call('request.transition', {
      ref: r.ref,
      action: 'close',
      art19: [
        { recipientId: partner.recipient.id, outcome: 'notified', notifiedOn: r.received },
        { recipientId: secret.recipient.id, outcome: 'disproportionate', reason: 'The order forbids telling anyone' },
      ],
    });
    const rep = await t.call('report.caseFile', { ref: r.ref });
    const { pages, all, flat } = await readBack(t, rep, out);
    expectPageNumbers(pages);
    for (const text of ['Summary', 'Deadline', 'How it was computed', 'Timeline', 'Letters and documents', 'Disclosures concerning the subject', 'Notifications to recipients (GDPR Art. 19)', 'Audit trail at generation'])
      expect(all).toContain(text);
    expect(all).toContain('Алексей Story');
    expect(all).toContain('acknowledgement.pdf');
    expect(flat.replace(/ /g, '')).toContain(sha);
    // Every timeline entry, oldest first.
    const detail = await t.call('request.get', { ref: r.ref });
    expect(all.match(/\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{1,2} \w{3} \d{4}\s{2,}(Internal|To the|From the)/g)!.length).toBe(detail.timeline.length);
    // Disclosures: shown, secret (withheld, with why) and the Art. 4(9) inquiry (never a recipient).
    for (const d of [partner, secret, inquiry]) expect(all).toContain(d.ref);
    expect(flat).toContain('Withheld, because an investigation is running');
    expect(flat).toContain('A particular inquiry by a public authority');
    expect(flat).toContain('Disproportionate effort');
    expect(flat).toContain('The order forbids telling anyone');
    // The audit head printed is the one stored with the report.
    expect(flat.replace(/ /g, '')).toContain(rep.auditHead.hash);
    // Stored with the request, with its hash, and listed among its files.
    const after = await t.call('request.get', { ref: r.ref });
    expect(after.attachments.find((a) => a.kind === 'case-file')).toMatchObject({ sha256: rep.sha256, filename: `case-file-${r.ref}.pdf` });
    expect(rep.requestRef).toBe(r.ref);
  });

  it('is written in Dutch on request', async () => {
    const r = await t.call('request.create', newRequest({ email: 'nl@example.com' }));
    const rep = await t.call('report.caseFile', { ref: r.ref, lang: 'nl' });
    const { pages, all } = await readBack(t, rep, out);
    expectPageNumbers(pages, 'Pagina', 'van');
    for (const text of [`Dossier ${r.ref}`, 'Samenvatting', 'Termijn', 'Tijdlijn', 'Brieven en documenten', 'Audittrail bij het maken']) expect(all).toContain(text);
  });

  it('an unknown request is refused and leaves no file and no row', async () => {
    const db = t.core.session.requireStore().db;
    const count = () => (db.prepare(`SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM files) + (SELECT count(*) FROM file_body_chunks) AS n`).get() as { n: number }).n;
    const before = count();
    const err = await t.fail('report.caseFile', { ref: 'DSR-2026-99999' });
    expect(err.code).toBe('NOT_FOUND');
    expect(count()).toBe(before);
  });
});
