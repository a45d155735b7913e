// The breach register through dispatch on a real encrypted store: recording with instants kept in
// UTC beside their zone, field errors, the notification stopping the clock (in time, or late with
// its reasons), phased follow-ups, processor-side breaches, files, lists, CSV, dashboard alerts,
// and nothing personal in the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../requests/helpers';
import { openSuiteCore } from '../disclosures/helpers';
import { AMS, localHoursAgo, stolenLaptop } from './helpers';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
}, 60_000);
afterAll(() => t.close());

describe('recording a breach', () => {
  it('keeps awareness in UTC with its zone, numbers it, and starts the 72-hour clock', async () => {
    const b = await t.call('breach.add', stolenLaptop(10));
    expect(b.ref).toMatch(/^B-\d{4}-\d{4}$/);
    expect(b.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(b.awareAt.zone).toBe(AMS);
    expect(b.awareAt.at).toMatch(/Z$/);
    expect(Date.now() - Date.parse(b.awareAt.at)).toBeGreaterThan(9.9 * 3_600_000);
    expect(b.clock.state).toBe('running');
    expect(b.hoursLeft).toBeGreaterThan(61);
    expect(b.hoursLeft).toBeLessThanOrEqual(62);
    expect(b.versions.map((v) => [v.version, v.change, v.by])).toEqual([[1, 'recorded', 'test']]);
    expect(b.content).toMatchObject({ natures: ['confidentiality'], subjectsApprox: 1200, risk: 'risk', notification: null, followUps: [], subjectsTold: { decision: 'undecided' } });
    // Found again by its reference, in any case.
    expect((await t.call('breach.get', { id: b.ref.toLowerCase() })).id).toBe(b.id);
  });

  it('reads a time without a zone in the organisation\'s zone, and refuses the hour skipped in spring', async () => {
    const b = await t.call('breach.add', stolenLaptop(5, { awareAt: { local: localHoursAgo(5) }, discoveredAt: { local: localHoursAgo(6) } }));
    expect(b.awareAt.zone).toBe(AMS);
    const gap = await t.fail('breach.add', stolenLaptop(5, { discoveredAt: { local: '2026-03-29T01:30' }, awareAt: { local: '2026-03-29T02:30' } }));
    expect(gap.code).toBe('VALIDATION');
    expect(gap.fieldErrors?.['awareAt.local']?.[0]).toMatch(/does not exist in Europe\/Amsterdam/);
  });

  it('names every bad field', async () => {
    const err = await t.fail('breach.add', { ...stolenLaptop(5), natures: [], risk: 'maybe', riskReasoning: ' ', awareAt: { local: 'tuesday', zone: 'Mars/Olympus' } } as never);
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(['awareAt.local', 'awareAt.zone', 'natures', 'risk', 'riskReasoning']);
    const zoneOnly = await t.fail('breach.add', stolenLaptop(5, { awareAt: { local: localHoursAgo(5), zone: 'Europe/Amsterdm' } }));
    expect(Object.keys(zoneOnly.fieldErrors ?? {})).toEqual(['awareAt.zone']);
    const order = await t.fail('breach.add', stolenLaptop(5, { discoveredAt: { local: localHoursAgo(2), zone: AMS } }));
    expect(order.fieldErrors?.['awareAt.local']?.[0]).toMatch(/before it was discovered/);
    const ahead = await t.fail('breach.add', stolenLaptop(-5, { discoveredAt: { local: localHoursAgo(1), zone: AMS } }));
    expect(ahead.fieldErrors?.['awareAt.local']?.[0]).toMatch(/still to come/);
    const high = await t.fail('breach.add', stolenLaptop(5, { risk: 'high-risk', subjectsTold: { decision: 'not-told', ground: 'no-high-risk', reason: 'none' } }));
    expect(high.fieldErrors?.['subjectsTold.ground']?.[0]).toMatch(/Art\. 34/);
    const told = await t.fail('breach.add', stolenLaptop(5, { subjectsTold: { decision: 'told' } }));
    expect(told.fieldErrors?.['subjectsTold.on']).toBeDefined();
    const ctrl = await t.fail('breach.add', stolenLaptop(5, { controllersNotified: [{ controller: 'Customer BV', notifiedAt: { local: localHoursAgo(4) } }] }));
    expect(ctrl.fieldErrors?.controllersNotified?.[0]).toMatch(/Art\. 33\(2\)/);
  });
});

describe('notification to the authority and follow-ups', () => {
  it('a notification within 72 hours stops the clock as in time; follow-ups come after it (Art. 33(4))', async () => {
    const b = await t.call('breach.add', stolenLaptop(30));
    const early = await t.fail('breach.followUp', { id: b.id, at: { local: localHoursAgo(1) }, summary: 'More' });
    expect(early.fieldErrors?.at?.[0]).toMatch(/record the notification first/);
    const n = await t.call('breach.notify', { id: b.id, expectedVersion: 1, at: { local: localHoursAgo(20), zone: AMS }, reference: 'AP-2026-123', authority: 'Autoriteit Persoonsgegevens' });
    expect(n.clock).toMatchObject({ state: 'notified-in-time', hoursLeft: null, alert: null });
    expect(n.hoursLeft).toBeNull();
    expect(n.clock.hoursTaken).toBeCloseTo(10, 0);
    expect(n.versions.map((v) => v.change)).toEqual(['recorded', 'notified']);
    expect(n.content.notification).toMatchObject({ reference: 'AP-2026-123', late: false });
    expect((await t.fail('breach.notify', { id: b.id, at: { local: localHoursAgo(2) } })).code).toBe('CONFLICT');
    const before = await t.fail('breach.followUp', { id: b.id, at: { local: localHoursAgo(25) }, summary: 'x' });
    expect(before.fieldErrors?.['at.local']?.[0]).toMatch(/before it/);
    const f = await t.call('breach.followUp', { id: b.id, at: { local: localHoursAgo(2) }, summary: 'Forensic report: 900 customers, not 1,200.', reference: 'AP-2026-123' });
    expect(f.version).toBe(3);
    expect(f.content.followUps).toHaveLength(1);
    expect(f.versions[2]!.change).toBe('follow-up');
    // A stale version is refused.
    expect((await t.fail('breach.followUp', { id: b.id, expectedVersion: 2, at: { local: localHoursAgo(1) }, summary: 'x' })).code).toBe('CONFLICT');
  });

  it('a late notification needs its reasons for the delay (Art. 33(1)) and shows as late', async () => {
    const b = await t.call('breach.add', stolenLaptop(100));
    expect(b.clock.state).toBe('overdue');
    expect(b.hoursLeft).toBeLessThan(-27);
    const bare = await t.fail('breach.notify', { id: b.id, at: { local: localHoursAgo(1) } });
    expect(bare.fieldErrors?.delayReasons?.[0]).toMatch(/reasons for the delay/);
    const n = await t.call('breach.notify', { id: b.id, at: { local: localHoursAgo(1) }, delayReasons: 'The scope was unclear until the forensic report.' });
    expect(n.clock.state).toBe('notified-late');
    expect(n.content.notification).toMatchObject({ late: true, delayReasons: 'The scope was unclear until the forensic report.' });
  });

  it('a processor-side breach records which customers were told, and has no authority clock of its own', async () => {
    const b = await t.call('breach.add', stolenLaptop(80, { role: 'processor', subjectCategories: ['customers-end-users'], controllersNotified: [{ controller: 'Shop BV', notifiedAt: { local: localHoursAgo(79), zone: AMS } }] }));
    expect(b.clock.state).toBe('processor');
    expect(b.hoursLeft).toBeNull();
    expect(b.content.controllersNotified).toEqual([{ controller: 'Shop BV', notifiedAt: expect.objectContaining({ zone: AMS }) }]);
  });
});

describe('corrections, files, list, CSV, alerts, audit', () => {
  it('a correction is a new version with its reason; the first stays whole', async () => {
    const b = await t.call('breach.add', stolenLaptop(3, { files: [{ filename: 'police-report.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF report').toString('base64'), purpose: 'evidence' }] }));
    const rest = stolenLaptop(3);
    const fixed = await t.call('breach.correct', { ...rest, id: b.id, expectedVersion: 1, reason: 'Engineer counted again', subjectsApprox: 800 });
    expect(fixed.version).toBe(2);
    expect(fixed.versions[0]!.content.subjectsApprox).toBe(1200);
    expect(fixed.versions[1]).toMatchObject({ change: 'corrected', reason: 'Engineer counted again', by: 'test' });
    expect(fixed.content.subjectsApprox).toBe(800);
    const same = await t.fail('breach.correct', { ...rest, id: b.id, reason: 'nothing', subjectsApprox: 800 });
    expect(same.fieldErrors?.reason?.[0]).toMatch(/Nothing differs/);
    const attached = await t.call('breach.attach', { id: b.id, filename: 'ap-reply.pdf', base64: Buffer.from('%PDF reply').toString('base64'), purpose: 'authority-reply' });
    expect(attached.files.map((f) => [f.filename, f.purpose])).toEqual([
      ['ap-reply.pdf', 'authority-reply'],
      ['police-report.pdf', 'evidence'],
    ]);
    const file = await t.call('breach.fileGet', { id: b.id, fileId: attached.files[1]!.id });
    expect(Buffer.from(file.base64, 'base64').toString()).toBe('%PDF report');
  });

  it('lists by clock state and risk, and exports CSV with formula cells neutralised', async () => {
    await t.call('breach.add', stolenLaptop(2, { title: '=HYPERLINK("http://x")', risk: 'none', riskReasoning: 'Encrypted backup tape, key not lost.' }));
    const running = await t.call('breach.list', { clock: 'running' });
    expect(running.rows.every((r) => r.clock.state === 'running' && r.hoursLeft !== null)).toBe(true);
    expect(running.total).toBeGreaterThanOrEqual(3);
    const overdue = await t.call('breach.list', { clock: 'overdue' });
    expect(overdue.rows.map((r) => r.clock.state)).toEqual(overdue.rows.map(() => 'overdue'));
    expect((await t.call('breach.list', { clock: 'notified-late' })).total).toBe(1);
    expect((await t.call('breach.list', { clock: 'notified-in-time' })).total).toBe(1);
    expect((await t.call('breach.list', { clock: 'processor' })).total).toBe(1);
    const none = await t.call('breach.list', { risk: 'none' });
    expect(none.rows.map((r) => r.clock.state)).toEqual(['not-required']);
    const all = await t.call('breach.list', { sort: 'ref', dir: 'asc' });
    expect(all.rows.map((r) => r.ref)).toEqual([...all.rows.map((r) => r.ref)].sort());
    const csv = await t.call('breach.exportCsv', { risk: 'none' });
    expect(csv.rows).toBe(1);
    expect(csv.csv.startsWith('\uFEFFref,title,role,')).toBe(true);
    expect(csv.csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv.filename).toMatch(/^breaches-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('the dashboard alerts at 24 h and 6 h left and when overdue, not for notified ones', async () => {
    const soon = await t.call('breach.add', stolenLaptop(50));
    const sooner = await t.call('breach.add', stolenLaptop(67));
    const alerts = await t.call('breach.alerts', {});
    const of = (id: string) => alerts.find((a) => a.id === id)?.alert;
    expect(of(soon.id)).toBe('within-24h');
    expect(of(sooner.id)).toBe('within-6h');
    expect(alerts.filter((a) => a.alert === 'overdue').length).toBeGreaterThanOrEqual(0);
    const fresh = await t.call('breach.list', { clock: 'overdue' });
    for (const r of fresh.rows) expect(alerts.find((a) => a.id === r.id)?.alert).toBe('overdue');
    // Notified: no alert any more.
    await t.call('breach.notify', { id: sooner.id, at: { local: localHoursAgo(0.5) } });
    expect((await t.call('breach.alerts', {})).some((a) => a.id === sooner.id)).toBe(false);
  });

  it('the audit trail holds ids, codes and counts, never the free text', async () => {
    const b = await t.call('breach.add', stolenLaptop(4, { title: 'Jan Jansen lost laptop', description: 'Laptop of Jan Jansen', riskReasoning: 'Jan said it was locked' }));
    await t.call('breach.notify', { id: b.id, at: { local: localHoursAgo(1) }, reference: 'AP-Jan', authority: 'AP' });
    const events = (await t.call('audit.list', { limit: 100 })).rows.filter((e) => e.entityId === b.ref);
    expect(events.map((e) => e.operation).sort()).toEqual(['breach.add', 'breach.notify']);
    expect(JSON.stringify(events)).not.toContain('Jan');
    expect(events.find((e) => e.operation === 'breach.notify')!.summary).toMatchObject({ notified: { id: b.id, version: 2, notified: true, late: false, changed: ['notification'] } });
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  });
});
