// Who received this person's data: secret disclosures are withheld until their date and shown
// from it; Art. 4(9) inquiries are never shown to the subject but are counted in statistics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo, today, newRequest, type TestCore } from '../requests/helpers';
import { addDays } from '../../../shared/dates/iso';
import { DisclosureService } from '../../../main/services/disclosures/service';
import { partnerFlow, policeOrder, openSuiteCore } from './helpers';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
}, 60_000);
afterAll(() => t.close());

describe('per-subject view', () => {
  it('a secret-until disclosure is withheld before its date and shown from it on', async () => {
    const until = addDays(today(), 5);
    const d = await t.call('disclosure.add', policeOrder({ subjects: { emails: ['Secret.Until@Example.com'] }, secrecy: { decision: 'secret-until', until, ground: 'GDPR Art. 23(1)(d); Sv art. 126bb' } }));
    const now = await t.call('disclosure.forSubject', { email: 'secret.until@example.com' });
    expect(now.shown).toEqual([]);
    expect(now.withheld.map((x) => [x.id, x.withheld])).toEqual([[d.id, { reason: 'secret-until', until, ground: 'GDPR Art. 23(1)(d); Sv art. 126bb' }]]);
    // The same register read as on the day secrecy ends, and the day before.
    const at = (date: string) => new DisclosureService(t.core.session.requireStore(), { clock: () => new Date(`${date}T12:00:00Z`) });
    expect(at(addDays(until, -1)).forSubject({ email: 'secret.until@example.com' }).shown).toEqual([]);
    const later = at(until).forSubject({ email: 'secret.until@example.com' });
    expect(later.shown.map((x) => x.id)).toEqual([d.id]);
    expect(later.withheld).toEqual([]);
  });

  it('a secret disclosure stays withheld; a partner disclosure is shown', async () => {
    const secret = await t.call('disclosure.add', policeOrder({ subjects: { customerIds: ['C-77'] }, secrecy: { decision: 'secret', ground: 'Art. 23; gag order' } }));
    const partner = await t.call('disclosure.add', partnerFlow({ subjects: { customerIds: ['C-77'] } }));
    const v = await t.call('disclosure.forSubject', { customerId: 'C-77' });
    expect(v.shown.map((x) => x.id)).toEqual([partner.id]);
    expect(v.shown[0]!.recurring).toBe(true);
    expect(v.withheld.map((x) => [x.id, x.withheld?.reason])).toEqual([[secret.id, 'secret']]);
  });

  it('an Art. 4(9) inquiry is never shown to the subject but is counted in statistics', async () => {
    const from = addDays(today(), -400);
    const before = await t.call('disclosure.stats', { from });
    const d = await t.call('disclosure.add', policeOrder({ subjects: { emails: ['inquiry@example.com'] }, inquiry: true }));
    const v = await t.call('disclosure.forSubject', { email: 'inquiry@example.com' });
    expect(v.shown).toEqual([]);
    expect(v.withheld.map((x) => [x.id, x.withheld?.reason])).toEqual([[d.id, 'particular-inquiry']]);
    // Also years later: an inquiry is not a recipient, ever.
    const years = new DisclosureService(t.core.session.requireStore(), { clock: () => new Date(`${addDays(today(), 3000)}T12:00:00Z`) });
    expect(years.forSubject({ email: 'inquiry@example.com' }).shown).toEqual([]);
    const after = await t.call('disclosure.stats', { from });
    expect(after.total.disclosures).toBe(before.total.disclosures + 1);
    expect(after.total.inquiries).toBe(before.total.inquiries + 1);
    expect(after.total.byRecipientKind['law-enforcement']).toBe(before.total.byRecipientKind['law-enforcement'] + 1);
  });

  it('an inquiry can only be recorded for a public authority', async () => {
    const err = await t.fail('disclosure.add', partnerFlow({ inquiry: true }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldErrors?.inquiry?.[0]).toMatch(/Art\. 4\(9\)/);
  });

  it('a request finds the disclosures of its subject by e-mail, customer number or link', async () => {
    const r = await t.call('request.create', newRequest({ email: 'Linked@Example.com', customerId: 'C-900' }));
    const byMail = await t.call('disclosure.add', partnerFlow({ subjects: { emails: ['linked@example.com'] } }));
    const byCustomer = await t.call('disclosure.add', policeOrder({ subjects: { customerIds: ['C-900'] }, secrecy: { decision: 'secret-until', until: addDays(today(), 30), ground: 'Art. 23' } }));
    const byLink = await t.call('disclosure.add', policeOrder({ date: daysAgo(2), subjects: { requestRefs: [r.ref] } }));
    await t.call('disclosure.add', partnerFlow({ subjects: { emails: ['someone-else@example.com'] } }));
    const v = await t.call('disclosure.forSubject', { ref: r.ref });
    expect(v.shown.map((x) => x.id).sort()).toEqual([byMail.id, byLink.id].sort());
    expect(v.withheld.map((x) => x.id)).toEqual([byCustomer.id]);
    // The list's subject filter finds the same three, the linked one through its request.
    const list = await t.call('disclosure.list', { subjectEmail: 'LINKED@example.com' });
    expect(list.rows.map((x) => x.id).sort()).toEqual([byMail.id, byLink.id].sort());
  });

  it('the list filters secret-now disclosures, kinds, grounds and periods, each with its total', async () => {
    const tomorrow = addDays(today(), 1);
    const ended = await t.call('disclosure.add', policeOrder({ date: daysAgo(200), secrecy: { decision: 'secret-until', until: today(), ground: 'Art. 23' } }));
    const running = await t.call('disclosure.add', policeOrder({ date: daysAgo(200), secrecy: { decision: 'secret-until', until: tomorrow, ground: 'Art. 23' } }));
    const all = await t.call('disclosure.list', { limit: 1000 });
    const secretNow = await t.call('disclosure.list', { secret: true, limit: 1000 });
    const notSecret = await t.call('disclosure.list', { secret: false, limit: 1000 });
    expect(secretNow.rows.map((x) => x.id)).toContain(running.id);
    expect(secretNow.rows.map((x) => x.id)).not.toContain(ended.id);
    expect(notSecret.rows.map((x) => x.id)).toContain(ended.id);
    expect(secretNow.total + notSecret.total).toBe(all.total);
    expect(secretNow.rows.every((x) => x.secrecy === 'secret' || (x.secrecy === 'secret-until' && x.secretUntil! > today()))).toBe(true);
    const day = await t.call('disclosure.list', { from: daysAgo(200), to: daysAgo(200) });
    expect(day.rows.map((x) => x.id).sort()).toEqual([ended.id, running.id].sort());
    const partners = await t.call('disclosure.list', { recipientKind: 'partner', limit: 2 });
    expect(partners.rows).toHaveLength(2);
    expect(partners.total).toBe(all.rows.filter((x) => x.recipient.kind === 'partner').length);
    expect((await t.call('disclosure.list', { ground: 'warrant', limit: 1000 })).rows.every((x) => x.ground === 'warrant')).toBe(true);
    const oldest = await t.call('disclosure.list', { sort: 'date', dir: 'asc', limit: 1 });
    expect(oldest.rows[0]!.date <= all.rows[all.rows.length - 1]!.date).toBe(true);
  });

  it('a subject query needs a key; an unknown request is NOT_FOUND', async () => {
    expect((await t.fail('disclosure.forSubject', {})).fieldErrors?.email).toBeDefined();
    expect((await t.fail('disclosure.forSubject', { ref: 'DSR-2026-99999' })).code).toBe('NOT_FOUND');
  });
});
