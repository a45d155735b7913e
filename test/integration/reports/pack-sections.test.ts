// The audit pack's records of processing and breach register, and the stand-alone Art. 30 record,
// read back with poppler. Versions are written on chosen days (a vault whose clock the test moves),
// so the pack shows each register as it stood at the period's end; every figure is compared with
// a count this test makes in SQL on the stored versions (not through the breach clock's code).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { billing, hosting, openClockedCore, type ClockedCore } from '../processing/helpers';
import { AMS, stolenLaptop } from '../breaches/helpers';
import { expectPageNumbers, readBack } from './helpers';

let t: ClockedCore;
let out: string;

// The ends of the two periods in Amsterdam (next local midnight, UTC): CET in March, CEST in April.
const MARCH_12_END = '2026-03-12T23:00:00.000Z';
const APRIL_30_END = '2026-04-30T22:00:00.000Z';

beforeAll(async () => {
  t = await openClockedCore();
  out = mkdtempSync(join(tmpdir(), 'dpo-sections-out-'));
  t.at('2026-03-01T10:00:00Z');
  const bill = await t.call('processing.add', billing());
  await t.call('processing.add', hosting());
  const gone = await t.call('processing.add', billing({ name: 'Trade fair leads', purposes: ['Following up trade fair contacts'], legalBasis: 'legitimate-interest', legitimateInterestNote: 'Expected by visitors who left a card.', subjectKinds: ['prospect'] }));
  // Notified in time: aware 10:00 CET, notified 23 hours later.
  t.at('2026-03-06T12:00:00Z');
  await t.call('breach.add', stolenLaptop(0, { title: 'Laptop stolen from a car', discoveredAt: { local: '2026-03-05T09:00', zone: AMS }, awareAt: { local: '2026-03-05T10:00', zone: AMS }, notification: { at: { local: '2026-03-06T09:00', zone: AMS }, reference: 'AP-1' } }));
  // Recorded without a notification; notified late after the first period's end, subjects told.
  t.at('2026-03-10T12:00:00Z');
  const late = await t.call('breach.add', stolenLaptop(0, { title: 'Misdirected invoice run', discoveredAt: { local: '2026-03-10T08:00', zone: AMS }, awareAt: { local: '2026-03-10T10:00', zone: AMS } }));
  // Not required: assessed as unlikely to be a risk.
  t.at('2026-03-11T12:00:00Z');
  await t.call('breach.add', stolenLaptop(0, { title: 'Encrypted USB stick lost', discoveredAt: { local: '2026-03-11T09:00', zone: AMS }, awareAt: { local: '2026-03-11T10:00', zone: AMS }, risk: 'none', riskReasoning: 'Full-disk encryption.' }));
  t.at('2026-03-15T12:00:00Z');
  await t.call('breach.notify', { id: late.ref, at: { local: '2026-03-15T10:00', zone: AMS }, delayReasons: 'Forensic analysis of the mail logs took five days.' });
  // The second period: billing edited, the trade fair activity removed, one breach never notified.
  t.at('2026-04-02T10:00:00Z');
  await t.call('processing.edit', { id: bill.id, content: billing({ name: 'Billing, payment and dunning' }) });
  await t.call('processing.delete', { id: gone.id, reason: 'No trade fairs any more.' });
  t.at('2026-04-08T12:00:00Z');
  await t.call('breach.add', stolenLaptop(0, { title: 'Backup tape missing', discoveredAt: { local: '2026-04-08T09:00', zone: AMS }, awareAt: { local: '2026-04-08T10:00', zone: AMS }, risk: 'high-risk', subjectsTold: { decision: 'told', on: '2026-04-08', how: 'E-mail to every customer' } }));
  t.at('2026-05-01T10:00:00Z');
}, 120_000);
afterAll(() => {
  t.close();
  rmSync(out, { recursive: true, force: true });
});

const db = () => t.core.session.requireStore().db;
const one = (sql: string, ...args: unknown[]) => (db().prepare(sql).get(...args) as { n: number }).n;

/** Breaches in their newest version recorded before `end`, filtered by a condition on that version. */
const breaches = (end: string, where = '1') =>
  one(`SELECT count(*) AS n FROM breach_versions v WHERE v.version = (SELECT max(w.version) FROM breach_versions w WHERE w.breach_id = v.breach_id AND w.at < ?) AND (${where})`, end);
/** Activities of `kind` in force at `end` (their newest version before it not a removal). */
const activities = (end: string, kind: string) =>
  one(
    `SELECT count(*) AS n FROM processing_activities a JOIN processing_versions v ON v.activity_id = a.id
      AND v.version = (SELECT max(w.version) FROM processing_versions w WHERE w.activity_id = a.id AND w.at < ?) WHERE v.deleted = 0 AND a.kind = ?`,
    end,
    kind,
  );

function figure(flat: string, label: string): number {
  const m = new RegExp(`${label}\\s+([\\d,.]+)`).exec(flat);
  if (!m) throw new Error(`no figure "${label}"`);
  return Number(m[1]!.replace(/,/g, ''));
}

describe('audit pack: records of processing and breaches', () => {
  it('shows both registers as they stood at the end of a period, figures equal to SQL counts', async () => {
    const r = await t.call('report.auditPack', { from: '2026-03-01', to: '2026-03-12', lang: 'en' });
    const { pages, flat } = await readBack(t, r, out, 'march.pdf');
    expectPageNumbers(pages);
    const tocPage = pages.findIndex((p) => /Contents/.test(p));
    for (const title of ['Records of processing activities', 'Personal data breaches']) {
      const listed = Number(new RegExp(`${title}\\s+(\\d+)`).exec(pages[tocPage]!)![1]);
      expect(pages[listed - 1]).toMatch(new RegExp(`^\\s*${title}`, 'm'));
    }
    // Records of processing: the first versions; the activity removed later still there.
    expect(flat).toContain('Controller record (GDPR Art. 30(1))');
    expect(flat).toContain('Processor record (GDPR Art. 30(2))');
    expect(activities(MARCH_12_END, 'controller')).toBe(2);
    expect(flat).toContain('PA-001 · Billing and payment');
    expect(flat).toContain('PA-003 · Trade fair leads');
    expect(flat).toContain('Expected by visitors who left a card.');
    expect(flat).not.toContain('dunning');
    expect(flat).toContain('Webshop BV');
    expect(flat).toContain('Datacenter BV, NL, Colocation');
    // Breaches: the late one not yet notified on 12 March (its clock still running then).
    expect(figure(flat, 'Breaches in the register')).toBe(breaches(MARCH_12_END));
    expect(figure(flat, 'Breaches in the register')).toBe(3);
    expect(figure(flat, 'Notified within 72 hours')).toBe(breaches(MARCH_12_END, "json_extract(v.content, '$.notification.late') = 0"));
    expect(figure(flat, 'Notified within 72 hours')).toBe(1);
    expect(figure(flat, 'Notified after 72 hours')).toBe(0);
    expect(figure(flat, 'No notification needed \\(unlikely to be a risk\\)')).toBe(breaches(MARCH_12_END, "json_extract(v.content, '$.notification') IS NULL AND json_extract(v.content, '$.risk') = 'none'"));
    expect(figure(flat, 'Not notified at the end of the period')).toBe(breaches(MARCH_12_END, "json_extract(v.content, '$.notification') IS NULL AND json_extract(v.content, '$.risk') <> 'none' AND json_extract(v.content, '$.role') = 'controller'"));
    expect(figure(flat, 'Not notified at the end of the period')).toBe(1);
    // Aware 10:00 CET, notified 09:00 CET next day: 23 hours, from the stored instants.
    expect(figure(flat, 'Median hours from awareness to notification')).toBe(23);
    expect(flat).toMatch(/B-2026-0001 Thu 5 Mar 2026 10:00 Laptop stolen from a car Risk Notified in time 23\.0/);
    // Aware 10 March 10:00: at the end of 12 March 12 hours were still left.
    expect(flat).toMatch(/B-2026-0002 Tue 10 Mar 2026 10:00 Misdirected invoice run Risk Running —/);
    expect(flat).toContain('No notification was late.');
  });

  it('shows the later versions at a later end: the edit, the removal, the late notification and its reasons', async () => {
    const r = await t.call('report.auditPack', { from: '2026-04-01', to: '2026-04-30', lang: 'en' });
    const { flat } = await readBack(t, r, out, 'april.pdf');
    expect(activities(APRIL_30_END, 'controller')).toBe(1);
    expect(flat).toContain('PA-001 · Billing, payment and dunning');
    expect(flat).not.toContain('Trade fair leads');
    expect(figure(flat, 'Breaches in the register')).toBe(breaches(APRIL_30_END));
    expect(figure(flat, 'Breaches in the register')).toBe(4);
    expect(figure(flat, 'Of which became known in the period')).toBe(one("SELECT count(*) AS n FROM breaches WHERE aware_date BETWEEN '2026-04-01' AND '2026-04-30'"));
    expect(figure(flat, 'Notified after 72 hours')).toBe(breaches(APRIL_30_END, "json_extract(v.content, '$.notification.late') = 1"));
    expect(figure(flat, 'Notified after 72 hours')).toBe(1);
    expect(figure(flat, 'Subjects told \\(GDPR Art. 34\\)')).toBe(breaches(APRIL_30_END, "json_extract(v.content, '$.subjectsTold.decision') = 'told'"));
    expect(figure(flat, 'Subjects told \\(GDPR Art. 34\\)')).toBe(1);
    expect(figure(flat, 'Not notified at the end of the period')).toBe(1);
    // 23 h and 120 h: the median of two is their mean.
    expect(figure(flat, 'Median hours from awareness to notification')).toBe(71.5);
    expect(flat).toMatch(/Late notifications and the reasons for the delay .*B-2026-0002 120\.0 Forensic analysis of the mail logs took five days\./);
  });

  it('an end before anything was recorded gives honest empty sections', async () => {
    const r = await t.call('report.auditPack', { from: '2026-01-01', to: '2026-02-01', lang: 'en' });
    const { flat } = await readBack(t, r, out, 'empty.pdf');
    expect(flat).toContain('No controller activity was in the record that day.');
    expect(flat).toContain('No processor record was in the record that day.');
    expect(flat).toContain('No breach was recorded by the end of the period.');
    expect(figure(flat, 'Breaches in the register')).toBe(0);
  });
});

describe('the Art. 30 record', () => {
  it('prints the controller and processor record as of a date, in English', async () => {
    const r = await t.call('report.processingRecord', { date: '2026-03-31', lang: 'en' });
    expect(r.kind).toBe('processing-record');
    expect(r.to).toBe('2026-03-31');
    const { pages, flat, info } = await readBack(t, r, out, 'art30-en.pdf');
    expectPageNumbers(pages);
    expect(info).toMatch(/Title:\s+Record of processing activities/);
    expect(flat).toContain('Record of processing activities (GDPR Art. 30)');
    expect(figure(flat, 'Controller activities')).toBe(activities('2026-03-31T22:00:00.000Z', 'controller'));
    expect(figure(flat, 'Processor records')).toBe(1);
    expect(flat).toContain('Contract (GDPR Art. 6(1)(b))');
    expect(flat).toContain('Seven years after the invoice (AWR art. 52(4)).');
    expect(flat).toContain('Legitimate interest (GDPR Art. 6(1)(f))');
    expect(flat).toContain('Storage of the web shop database; Backups');
    expect(flat).toContain('Audit trail at generation');
    // The hash wraps in its column: compared without the line breaks.
    expect(flat.replace(/ /g, '')).toContain(r.auditHead.hash);
  });

  it('prints the same record in Dutch', async () => {
    const r = await t.call('report.processingRecord', { date: '2026-04-30', lang: 'nl' });
    const { pages, flat, info } = await readBack(t, r, out, 'art30-nl.pdf');
    expectPageNumbers(pages, 'Pagina', 'van');
    expect(info).toMatch(/Title:\s+Register van verwerkingsactiviteiten/);
    expect(flat).toContain('Register als verwerkingsverantwoordelijke (AVG art. 30, lid 1)');
    expect(flat).toContain('Register als verwerker (AVG art. 30, lid 2)');
    expect(figure(flat, 'Activiteiten als verwerkingsverantwoordelijke')).toBe(1);
    expect(flat).toContain('PA-001 · Billing, payment and dunning');
    expect(flat).toMatch(/Versie 2, van \S+ 2 apr\.? 2026/);
    expect(flat).not.toContain('Trade fair leads');
  });

  it('renders to PNG (set DPO_PNG_DIR to keep the pages and look at them)', () => {
    const dir = process.env.DPO_PNG_DIR ?? out;
    execFileSync('pdftoppm', ['-png', '-r', '60', join(out, 'art30-en.pdf'), join(dir, 'art30')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '6', join(out, 'april.pdf'), join(dir, 'pack')]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(4);
  });
});
