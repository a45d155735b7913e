// Importing a revision from each format: the original bytes go to the file store unchanged, the
// normalised text and sections come out the same whatever the format, and the checklist is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { OpInput } from '../../../shared/api';
import { openSuiteCore } from '../disclosures/helpers';
import type { TestCore } from '../requests/helpers';
import { docxOf, pdfOf } from './files';
import { EN_GAPS, NL_GAPS } from './samples';

let t: TestCore;
beforeAll(async () => (t = await openSuiteCore()));
afterAll(() => t.close());

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
let day = 0;
/** Each import its own effective date and a slightly different text (the same text twice is refused). */
function add(filename: string, bytes: Buffer, over: Partial<OpInput<'policy.add'>> = {}) {
  day++;
  return t.call('policy.add', { source: { filename, base64: b64(bytes) }, effectiveDate: `2026-01-${String(day).padStart(2, '0')}`, ...over });
}

const GAP_LINES = EN_GAPS.trim().split('\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('policy import', () => {
  it('plain text and Markdown: original bytes kept, sections by ALL-CAPS, numbered and Markdown headings', async () => {
    const text = Buffer.from(EN_GAPS, 'utf8');
    const r = await add('policy.txt', text, { label: 'v1' });
    expect(r).toMatchObject({ number: 1, label: 'v1', format: 'text', counts: { present: 7, missing: 9, unclear: 3 } });
    expect(r.sections.map((s) => s.title)).toEqual(['PRIVACY STATEMENT', 'WHO WE ARE', 'WHAT WE DO WITH YOUR DATA', 'HOW LONG WE KEEP IT', 'YOUR RIGHTS']);
    expect(r.files).toHaveLength(1);
    expect(r.files[0]).toMatchObject({ filename: 'policy.txt', mimeType: 'text/plain', sha256: sha(text) });
    const file = await t.call('policy.fileGet', { id: r.id, fileId: r.files[0]!.id });
    expect(Buffer.from(file.base64, 'base64').equals(text)).toBe(true);
    // Each evidence sentence occurs verbatim in the stored text, so a screen can highlight it.
    for (const f of r.checklist) for (const e of f.evidence) expect(r.text, f.item).toContain(e);
    // Stored per revision: reading it back gives the same checklist.
    expect((await t.call('policy.get', { id: '1' })).checklist).toEqual(r.checklist);

    const md = await add('policy.md', Buffer.from('# Privacy\n\n## 1. Who we are\n**Netrouting B.V.** is the [controller](https://x.example).\n\n## 2. Retention\nWe keep data for 2 years.\n'));
    expect(md.format).toBe('markdown');
    expect(md.sections.map((s) => [s.key, s.level, s.text])).toEqual([
      ['privacy', 1, ''],
      ['who we are', 2, 'Netrouting B.V. is the controller.'],
      ['retention', 2, 'We keep data for 2 years.'],
    ]);
    expect(md.checklist.find((f) => f.item === 'retention')).toMatchObject({ status: 'present', evidence: ['We keep data for 2 years.'] });
  });

  it('HTML: headings become sections, markup and scripts do not reach the text', async () => {
    const html = `<!doctype html><html><head><title>x</title><script>var a = 1;</script></head><body>
      <h1>Privacy notice</h1><p>Netrouting&nbsp;B.V. is the <b>controller</b>.</p>
      <h2>Your rights</h2><ul><li>You have the right to data portability.</li><li>You have the right to object to direct marketing.</li></ul></body></html>`;
    const r = await add('policy.html', Buffer.from(html));
    expect(r.format).toBe('html');
    expect(r.sections.map((s) => s.title)).toEqual(['Privacy notice', 'Your rights']);
    expect(r.text).not.toMatch(/<|var a/);
    expect(r.checklist.find((f) => f.item === 'rights_portability')).toMatchObject({ status: 'present', evidence: ['You have the right to data portability.'] });
    expect(r.checklist.find((f) => f.item === 'controller_identity')!.evidence).toEqual(['Netrouting B.V. is the controller.']);
  });

  it('PDF (made with pdfkit): text and headings read through pdfjs', async () => {
    const pdf = await pdfOf(GAP_LINES.map((l) => l.replace('PRIVACY STATEMENT', 'PRIVACY STATEMENT (PDF)')));
    const r = await add('policy.pdf', pdf);
    expect(r.format).toBe('pdf');
    expect(r.files[0]).toMatchObject({ mimeType: 'application/pdf', sha256: sha(pdf) });
    expect(r.sections.map((s) => s.title)).toEqual(['PRIVACY STATEMENT (PDF)', 'WHO WE ARE', 'WHAT WE DO WITH YOUR DATA', 'HOW LONG WE KEEP IT', 'YOUR RIGHTS']);
    expect(r.counts).toEqual({ present: 7, missing: 9, unclear: 3 });
    expect(r.checklist.find((f) => f.item === 'retention')).toMatchObject({ status: 'unclear', evidence: ['We keep your data as needed.'] });
    for (const f of r.checklist) for (const e of f.evidence) expect(r.text, f.item).toContain(e);
  });

  it('PDF: a sentence the layout wrapped before a capital is one sentence again', async () => {
    const sentence = 'If you think we handle your personal data wrongly, you may lodge a complaint with the Autoriteit Persoonsgegevens, the supervisory authority.';
    const r = await add('complaint.pdf', await pdfOf(['YOUR RIGHTS', sentence, 'Short line']));
    expect(r.sections.map((s) => [s.title, s.text])).toEqual([['YOUR RIGHTS', `${sentence}\nShort line`]]);
    expect(r.checklist.find((f) => f.item === 'complaint')).toMatchObject({ status: 'present', evidence: [sentence] });
  });

  it('Word .docx (read by mammoth)', async () => {
    const docx = await docxOf(NL_GAPS.trim().split('\n'));
    const r = await add('privacyverklaring.docx', docx);
    expect(r.format).toBe('docx');
    expect(r.sections.map((s) => s.title)).toEqual(['PRIVACYVERKLARING', 'WIE WIJ ZIJN', 'WAT WIJ MET UW GEGEVENS DOEN', 'UW RECHTEN']);
    expect(r.checklist.find((f) => f.item === 'rights_access')).toMatchObject({ status: 'present', evidence: ['U kunt ons vragen om inzage in uw gegevens.'] });
  });

  it('refuses by field: the same text twice, a broken PDF, an image-only file, bad dates; nothing is stored', async () => {
    const before = (await t.call('policy.list', {})).length;
    const again = await t.fail('policy.add', { source: { filename: 'again.txt', base64: b64(EN_GAPS) }, effectiveDate: '2026-02-01' });
    expect(again.fieldErrors?.['source.base64']?.[0]).toMatch(/already revision 1/);
    const pasted = await t.fail('policy.add', { source: { text: `  ${EN_GAPS}\r\n` }, effectiveDate: '2026-02-01' });
    expect(pasted.fieldErrors?.['source.text']?.[0]).toMatch(/already revision 1/);
    const broken = await t.fail('policy.add', { source: { filename: 'x.pdf', base64: b64('%PDF-1.7 garbage') }, effectiveDate: '2026-02-01' });
    expect(broken.fieldErrors?.['source.base64']?.[0]).toMatch(/not a readable PDF/);
    const emptyPdf = await pdfOf(['']);
    const scanned = await t.fail('policy.add', { source: { filename: 'scan.pdf', base64: b64(emptyPdf) }, effectiveDate: '2026-02-01' });
    expect(scanned.fieldErrors?.['source.base64']?.[0]).toMatch(/No text could be read/);
    const dates = await t.fail('policy.add', { source: { filename: 'n.txt', text: 'New text.' }, effectiveDate: '2026-02-30' });
    expect(dates.fieldErrors).toHaveProperty(['effectiveDate']);
    const material = await t.fail('policy.add', { source: { filename: 'n.txt', text: 'New text.' }, effectiveDate: '2026-02-01', change: { class: 'material' } });
    expect(material.fieldErrors?.['change.material']?.[0]).toMatch(/material/);
    expect((await t.call('policy.list', {})).length).toBe(before);
  });

  it('the audit trail records the import without the text', async () => {
    const events = (await t.call('audit.list', { limit: 100 })).rows.filter((e) => e.entityType === 'policy-revision');
    const recorded = events.filter((e) => 'recorded' in e.summary);
    expect(recorded.length).toBe(6);
    const trail = JSON.stringify(events);
    expect(trail).not.toContain('We keep your data as needed');
    expect(trail).not.toContain('klantenservice');
    expect(recorded.find((e) => e.entityId === 'revision 1')!.summary).toMatchObject({ recorded: { number: 1, format: 'text', checklist: { present: 7, missing: 9, unclear: 3 } } });
  });
});
