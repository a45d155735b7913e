// Retention over the disclosures and breach registers: a canary subject's address, customer number,
// the order's reference and file, a breach's title and evidence, and a recipient's named officer
// are nowhere in the data folder after the purge (database pages decrypted, free pages included),
// while the transparency statistics and the breach figures keep their numbers, the audit trail
// verifies, a stored audit pack that printed the breach's title loses its bytes, a disclosure
// about a request on hold is kept, and a purged record refuses changes.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { daysAgo, newRequest, openTestCore, type TestCore } from '../requests/helpers';
import { partnerFlow, policeOrder } from '../disclosures/helpers';
import { stolenLaptop } from '../breaches/helpers';
import { readBack } from '../reports/helpers';
import { filesHolding } from '../../support/decrypted-pages';
import { DEFAULT_RETENTION, PURGED_MARKER, type RetentionRules } from '../../../shared/model/retention';

const CANARY = 'Vexillarius';
const EMAIL = `m.${CANARY.toLowerCase()}@example.org`;
const CUSTOMER = `CU-${CANARY}-9`;
const OFFICER = `Inspector ${CANARY}`;

let t: TestCore;
afterEach(() => t?.close());

function holdsCanary(bytes: Buffer): boolean {
  return bytes.includes(CANARY) || bytes.includes(CANARY.toLowerCase()) || bytes.includes(CANARY.toUpperCase());
}

const upload = (name: string, text: string) => ({ filename: name, mimeType: 'text/plain', base64: Buffer.from(text).toString('base64') });

/** Disclosures and breaches due at once (0 months); requests kept (the default 24 months). */
const DUE_NOW: RetentionRules = { ...DEFAULT_RETENTION, disclosures: { months: 0, reason: null }, breaches: { months: 0, reason: null } };

async function canaryRecords() {
  const order = await t.call(
    'disclosure.add',
    policeOrder({
      recipient: { name: 'Politie Rotterdam', kind: 'law-enforcement', country: 'NL', contact: OFFICER },
      reference: `PV-${CANARY}-2026`,
      groundNote: `Suspect ${CANARY} in a fraud case`,
      caseRef: `Case ${CANARY}`,
      approvedBy: 'Legal team',
      subjects: { emails: [EMAIL], customerIds: [CUSTOMER] },
      secrecy: { decision: 'secret', ground: `Order against ${CANARY}, Sv art. 126nd` },
      files: [upload('order.txt', `Production order for ${EMAIL}, customer ${CUSTOMER}`)],
    }),
  );
  const breach = await t.call('breach.add', {
    ...stolenLaptop(200),
    title: `Laptop of ${CANARY} stolen`,
    description: `${CANARY}'s exports were on it`,
    files: [{ ...upload('police-report.txt', `Report filed by ${CANARY}`), purpose: 'evidence' }],
  });
  return { order, breach };
}

describe('retention purge of disclosures and breaches', () => {
  it('erases their personal data everywhere, keeps every figure, verifies, and purges the audit pack that copied a breach', async () => {
    t = await openTestCore();
    const { order, breach } = await canaryRecords();
    const other = await t.call('disclosure.add', partnerFlow({ subjects: { emails: ['someone@example.com'] } }));
    const pack = await t.call('report.auditPack', {});
    const packText = await readBack(t, pack, mkdtempSync(join(tmpdir(), 'dpo-pack-')));
    // The pack printed the breach's title: its copy must go with the breach.
    expect(packText.flat).toContain(CANARY);
    const key = Buffer.from(t.core.session.requireKey());
    // Planner statistics sample index keys (the canary's address among them) until the purge redoes them.
    const db = t.core.session.requireStore().db;
    db.exec('ANALYZE');
    // A hold on the breach that ended yesterday (set before its end: the op refuses past dates): its
    // reason is free text and must go with the breach.
    db.prepare("INSERT INTO record_holds (kind, record_id, until, reason, set_at, set_by) SELECT 'breach', id, ?, ?, 'then', 'dpo' FROM breaches WHERE ref = ?").run(daysAgo(1), `Claim by ${CANARY}`, breach.ref);

    // Under the defaults (60 months) nothing of these is due.
    expect(await t.call('retention.preview', {})).toMatchObject({ disclosures: 0, breaches: 0, reports: 0 });
    const statsBefore = await t.call('disclosure.stats', {});
    const breachesBefore = await t.call('breach.list', {});
    await t.call('settings.update', { retention: DUE_NOW });

    const preview = await t.call('retention.preview', {});
    // The running partner flow (no last day) is never due; the police order and the breach are.
    expect(preview).toMatchObject({ requests: 0, disclosures: 1, breaches: 1, reports: 1, files: 3 });
    expect(preview.dueByKind.find((k) => k.kind === 'disclosures')).toMatchObject({ count: 1, oldest: order.date });
    expect(preview.dueByKind.find((k) => k.kind === 'auditPacks')).toMatchObject({ count: 1 });
    expect(preview.auditDetails).toBeGreaterThanOrEqual(2);

    const purged = await t.call('retention.purge', { confirm: true });
    expect(purged).toMatchObject({ done: true, disclosures: 1, breaches: 1, reports: 1, files: 3, auditDetails: preview.auditDetails });
    // Idempotent: nothing is due a second time.
    expect(await t.call('retention.purge', { confirm: true })).toMatchObject({ disclosures: 0, breaches: 0, reports: 0, files: 0, batches: 0 });

    // Every figure stays: statistics per quarter, the register's totals, the breach's clock.
    expect(await t.call('disclosure.stats', {})).toEqual(statsBefore);
    const breachesAfter = await t.call('breach.list', {});
    expect(breachesAfter.total).toBe(breachesBefore.total);
    expect(breachesAfter.rows[0]).toMatchObject({ ref: breach.ref, title: PURGED_MARKER, risk: 'risk', clock: breachesBefore.rows[0]!.clock });
    const detail = await t.call('disclosure.get', { id: order.id });
    expect(detail).toMatchObject({ ref: order.ref, ground: 'warrant', subjectsCount: 2, secrecy: 'secret' });
    expect(JSON.stringify(detail)).not.toContain(CANARY);
    expect(JSON.stringify(await t.call('breach.get', { id: breach.id }))).not.toContain(CANARY);
    // The subject is no longer found: the link between the person and the order is gone.
    expect((await t.call('disclosure.forSubject', { email: EMAIL })).withheld).toHaveLength(0);
    // The other recipient's disclosure is untouched.
    expect(JSON.stringify(await t.call('disclosure.get', { id: other.id }))).toContain('someone@example.com');
    // The pack's record stays (period, pages, SHA-256); its bytes are gone.
    const reports = await t.call('report.list', {});
    expect(reports.find((r) => r.publicId === pack.publicId)).toMatchObject({ sha256: pack.sha256, pages: pack.pages });
    await expect(t.call('report.content', { report: pack.publicId })).rejects.toThrow();

    // A purged record refuses changes: they would write personal data back.
    await expect(t.call('disclosure.correct', { ...policeOrder(), id: order.id, reason: 'typo' })).rejects.toThrow(/CONFLICT .* was erased under its retention rule/);
    await expect(t.call('breach.followUp', { id: breach.id, at: { local: '2030-01-01T10:00' }, summary: 'more' })).rejects.toThrow(/CONFLICT .* was erased under its retention rule/);

    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true, firstBadSeq: null });
    const events = [...(await t.call('audit.list', { entityId: order.ref, limit: 100 })).rows, ...(await t.call('audit.list', { entityId: breach.ref, limit: 100 })).rows];
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(events)).not.toContain(CANARY);
    t.close();

    // Every file in the data folder: databases decrypted page by page, everything else as is.
    expect(filesHolding(t.dataDir, key, holdsCanary)).toEqual([]);
  }, 60_000);

  it('keeps a held breach, a held disclosure and a disclosure about a request on hold, and lists what becomes due with a link to each record', async () => {
    t = await openTestCore();
    const request = await t.call('request.create', newRequest({ email: 'held@example.com' }));
    const about = await t.call('disclosure.add', policeOrder({ subjects: { requestRefs: [request.ref] } }));
    const soon = await t.call('disclosure.add', policeOrder({ date: daysAgo(1), subjects: { emails: ['soon@example.com'] } }));
    await t.call('retention.hold', { ref: request.ref, until: daysAgo(-30), reason: 'Complaint pending at the AP' });
    const breach = await t.call('breach.add', stolenLaptop(100));
    const heldOrder = await t.call('disclosure.add', policeOrder({ subjects: { emails: ['kept@example.com'] } }));
    expect(await t.call('retention.hold', { ref: breach.ref.toLowerCase(), until: daysAgo(-10), reason: 'Claim pending' })).toEqual({ kind: 'breach', ref: breach.ref, until: daysAgo(-10) });
    await t.call('retention.hold', { ref: heldOrder.ref, until: daysAgo(-20), reason: 'Court case' });
    await expect(t.call('retention.hold', { ref: 'B-2026-9999', until: daysAgo(-10), reason: 'x' })).rejects.toThrow(/NOT_FOUND/);
    // All are due at 0 months; the breach, the held order and the one about the held request are kept.
    await t.call('settings.update', { retention: DUE_NOW });
    const preview = await t.call('retention.preview', {});
    expect(preview).toMatchObject({ disclosures: 1, breaches: 0, held: 3 });
    expect(preview.holds.map((h) => [h.kind, h.ref])).toEqual([
      ['breach', breach.ref],
      ['disclosure', heldOrder.ref],
      ['request', request.ref],
    ]);
    expect(preview.holds[0]!.id).toBe(breach.id);
    await t.call('retention.purge', { confirm: true });
    expect(JSON.stringify(await t.call('disclosure.get', { id: about.id }))).toContain(request.ref);
    expect((await t.call('disclosure.get', { id: soon.id })).ref).toBe(soon.ref);
    expect(JSON.stringify(await t.call('disclosure.get', { id: soon.id }))).not.toContain('soon@example.com');

    // One month: a disclosure of 5 days ago falls due within 30 days, listed with its page's id.
    const next = await t.call('disclosure.add', policeOrder({ date: daysAgo(5), subjects: { emails: ['next@example.com'] } }));
    await t.call('settings.update', { retention: { ...DUE_NOW, disclosures: { months: 1, reason: null } } });
    const upcoming = (await t.call('retention.preview', {})).upcoming;
    expect(upcoming).toContainEqual(expect.objectContaining({ kind: 'disclosure', id: next.id, ref: next.ref }));
  });
});
