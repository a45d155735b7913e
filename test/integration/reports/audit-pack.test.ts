// The audit pack read back with poppler: every section, every figure equal to a count this test
// makes in SQL on the same database, page numbers, header rows on continuation pages, the printed
// audit-trail head recorded as a checkpoint that `audit.verify` then checks, an honest empty pack
// for a period without records, and a cancelled run that leaves no file and no row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daysAgo, newRequest, today, type TestCore } from '../requests/helpers';
import { openSuiteCore, partnerFlow, policeOrder } from '../disclosures/helpers';
import { readCheckpoints } from '../../../main/store/checkpoints';
import { reportWorker } from '../../../main/services/reports/job';
import { expectPageNumbers, readBack } from './helpers';

let t: TestCore;
let out: string;
const NAMES = ['Zoë Łukasiewicz-Dvořák', 'Ðorđe', 'Ἀθηνᾶ', 'Алексей'];

beforeAll(async () => {
  t = await openSuiteCore();
  out = mkdtempSync(join(tmpdir(), 'dpo-pack-out-'));
  // 130 plain requests (enough for the register to run over several pages) by CSV import.
  const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
  for (let i = 0; i < 130; i++) lines.push(`access,${NAMES[i % 4]},p${i}@example.com,${daysAgo(5 + (i % 50))},email,C-${i},gdpr,NL,`);
  await t.call('request.import', { csv: lines.join('\n') });
  // Answered on time, answered late, extended, refused, paused and resumed.
  const onTime = await t.call('request.create', newRequest({ email: 'ontime@example.com', receivedDate: daysAgo(20) }));
  await t.call('request.transition', { ref: onTime.ref, action: 'verify', method: 'account-email' });
  await t.call('request.transition', { ref: onTime.ref, action: 'respond', summary: 'Copy sent' });
  const late = await t.call('request.create', newRequest({ email: 'late@example.com', receivedDate: daysAgo(70) }));
  await t.call('request.transition', { ref: late.ref, action: 'verify', method: 'account-email' });
  await t.call('request.transition', { ref: late.ref, action: 'respond', summary: 'Copy sent late' });
  const extended = await t.call('request.create', newRequest({ email: 'ext@example.com', receivedDate: daysAgo(10) }));
  await t.call('request.transition', { ref: extended.ref, action: 'extend', reasons: 'Complex request with many systems' });
  const refused = await t.call('request.create', newRequest({ email: 'ref@example.com', receivedDate: daysAgo(8) }));
  await t.call('request.transition', { ref: refused.ref, action: 'refuse', ground: 'excessive', reason: 'Repetitive' });
  const paused = await t.call('request.create', newRequest({ email: 'pause@example.com', receivedDate: daysAgo(12) }));
  await t.call('request.transition', { ref: paused.ref, action: 'pause', reason: 'identity', on: daysAgo(8) });
  await t.call('request.transition', { ref: paused.ref, action: 'resume', on: daysAgo(5) });
  // Disclosures: shown, secret, and an Art. 4(9) inquiry.
  await t.call('disclosure.add', partnerFlow());
  await t.call('disclosure.add', policeOrder({ secrecy: { decision: 'secret', ground: 'Art. 23 investigation' } }));
  await t.call('disclosure.add', policeOrder({ recipient: { name: 'FIOD', kind: 'law-enforcement' }, inquiry: true }));
  await t.call('policy.add', { source: { filename: 'policy.md', text: '# Who we are\nNetrouting B.V. is the controller. You may complain to the Autoriteit Persoonsgegevens.' }, effectiveDate: daysAgo(30), label: 'v1' });
}, 120_000);
afterAll(() => {
  t.close();
  rmSync(out, { recursive: true, force: true });
});

const one = (sql: string, ...args: unknown[]) => (t.core.session.requireStore().db.prepare(sql).get(...args) as { n: number }).n;

describe('audit pack', () => {
  it('prints every section with figures equal to SQL counts, numbered pages and repeated register headers', async () => {
    const from = daysAgo(90);
    const to = today();
    const r = await t.call('report.auditPack', { from, to });
    const { pages, all } = await readBack(t, r, out);
    expectPageNumbers(pages);
    for (const title of ['Contents', 'Data subject requests', 'Disclosures and transparency', 'Privacy policy revisions', 'Audit trail statement', 'Register of requests', 'Register of disclosures', 'Earlier checkpoints'])
      expect(all).toContain(title);
    // Contents: each section's page number is the page its heading is on.
    const tocPage = pages.findIndex((p) => /Contents/.test(p));
    for (const title of ['Data subject requests', 'Disclosures and transparency', 'Privacy policy revisions', 'Audit trail statement']) {
      const listed = Number(new RegExp(`${title}\\s+(\\d+)`).exec(pages[tocPage]!)![1]);
      expect(pages[listed - 1]).toMatch(new RegExp(`^\\s*${title}`, 'm'));
    }
    for (const n of NAMES) expect(all).not.toContain(n); // the register lists references, not names
    const figure = (label: string) => Number(new RegExp(`${label}\\s+([\\d,]+)`).exec(all)![1]!.replace(/,/g, ''));
    expect(figure('Requests received')).toBe(one('SELECT count(*) AS n FROM requests WHERE received_date BETWEEN ? AND ?', from, to));
    expect(figure('Answered in the period')).toBe(one('SELECT count(*) AS n FROM requests WHERE answered_on BETWEEN ? AND ?', from, to));
    expect(figure('Answered in the period')).toBe(3);
    const onTime = one('SELECT count(*) AS n FROM requests WHERE answered_on BETWEEN ? AND ? AND answered_on <= effective_due', from, to);
    expect(all).toMatch(new RegExp(`Answered on time\\s+${onTime} of 3`));
    expect(figure('Extensions')).toBe(one('SELECT count(*) AS n FROM requests WHERE extension_notice_on BETWEEN ? AND ?', from, to));
    expect(figure('Extensions')).toBe(1);
    expect(figure('Refusals')).toBe(1);
    expect(figure('\\(identity or clarification\\)')).toBe(one('SELECT count(*) AS n FROM request_pauses WHERE from_date BETWEEN ? AND ?', from, to));
    expect(figure('Open at the end of the period')).toBe(one(`SELECT count(*) AS n FROM requests WHERE received_date <= ? AND (answered_on IS NULL OR answered_on > ?) AND status NOT IN ('withdrawn', 'duplicate')`, to, to));
    expect(figure('Disclosures')).toBe(one('SELECT count(*) AS n FROM disclosures WHERE disclosed_on BETWEEN ? AND ?', from, to));
    expect(figure('Particular inquiries \\(GDPR Art. 4\\(9\\)\\)')).toBe(1);
    expect(all).toContain('Art. 4(9) inquiry');
    expect(all).toContain('Complex request with many systems');
    // The full register: every reference once, across pages whose tables start with the header.
    const refs = (t.core.session.requireStore().db.prepare('SELECT ref FROM requests WHERE received_date BETWEEN ? AND ?').all(from, to) as Array<{ ref: string }>).map((x) => x.ref);
    const registerPages = pages.filter((p) => refs.some((ref) => p.includes(ref)) && /Reference\s+Received\s+Type/.test(p));
    expect(registerPages.length).toBeGreaterThan(2);
    for (const p of registerPages.slice(1)) expect(p).toMatch(/^\s*Reference\s+Received\s+Type\s+Channel/);
    for (const ref of refs) expect(all.split(ref).length - 1).toBeGreaterThanOrEqual(1);
  });

  it('prints the audit-trail head, records it as a checkpoint and audit.verify then checks it', async () => {
    const r = await t.call('report.auditPack', {});
    const { all } = await readBack(t, r, out);
    const db = t.core.session.requireStore().db;
    const onChain = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(r.auditHead.seq) as { hash: string };
    expect(onChain.hash).toBe(r.auditHead.hash);
    expect(all.replace(/\s+/g, '')).toContain(r.auditHead.hash);
    const last = readCheckpoints(t.dataDir).at(-1)!;
    expect(last).toMatchObject({ seq: r.auditHead.seq, hash: r.auditHead.hash, purpose: 'audit-pack' });
    const v = await t.call('audit.verify', {});
    expect(v.ok).toBe(true);
    expect(v.checkpoints.missing).toEqual([]);
    // Listed with its hash; the bytes come back whole from the file store.
    const listed = (await t.call('report.list', {}))[0]!;
    expect(listed).toMatchObject({ publicId: r.publicId, sha256: r.sha256, pages: r.pages });
    const content = await t.call('report.content', { report: r.publicId });
    expect(Buffer.from(content.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a period without records gives an honest empty pack, in Dutch too', async () => {
    const r = await t.call('report.auditPack', { from: '2001-01-01', to: '2001-12-31', lang: 'nl' });
    const { pages, all } = await readBack(t, r, out);
    expectPageNumbers(pages, 'Pagina', 'van');
    expect(all).toContain('In deze periode is geen verzoek ontvangen.');
    expect(all).toContain('In deze periode is geen verstrekking vastgelegd.');
    expect(all).toContain('Verklaring over de audittrail');
    expect(all).toMatch(/Ontvangen verzoeken\s+0/);
  });

  it('a cancelled pack leaves no file, no piece and no row', async () => {
    expect(reportWorker(), 'run "npm run build" first: the pack runs on the built report worker').not.toBeNull();
    const count = () => one(`SELECT (SELECT count(*) FROM reports) + (SELECT count(*) FROM files WHERE kind = 'audit-pack') + (SELECT count(*) FROM file_body_chunks) AS n`);
    const before = count();
    const seqBefore = one('SELECT max(seq) AS n FROM audit_events');
    const pending = t.fail('report.auditPack', { progressId: 'pack-cancel-1' });
    await t.call('job.cancel', { id: 'pack-cancel-1' });
    const err = await pending;
    expect(err.code).toBe('CANCELLED');
    expect((await t.call('job.progress', { id: 'pack-cancel-1' })).state).toBe('cancelled');
    expect(count()).toBe(before);
    expect(one('SELECT max(seq) AS n FROM audit_events')).toBe(seqBefore);
  });
});
