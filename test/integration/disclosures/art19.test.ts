// GDPR Art. 19 from the register: a rectification, erasure or restriction request lists the
// recipients of its subject's data (inquiries left out), takes a closing record per recipient,
// and its close then needs records only for the recipients still open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today, newRequest, type TestCore } from '../requests/helpers';
import { partnerFlow, policeOrder, openSuiteCore } from './helpers';
import { addDays } from '../../../shared/dates/iso';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
}, 60_000);
afterAll(() => t.close());

async function respondedErasure(email: string) {
  const r = await t.call('request.create', newRequest({ types: ['erasure'], email }));
  await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
  await t.call('request.transition', { ref: r.ref, action: 'respond', summary: 'Erased' });
  return r.ref;
}

describe('Art. 19 listing and closing records', () => {
  it('lists each recipient once with its disclosures, without inquiries', async () => {
    const email = 'erase-me@example.com';
    const p1 = await t.call('disclosure.add', partnerFlow({ subjects: { emails: [email] } }));
    const p2 = await t.call('disclosure.add', partnerFlow({ subjects: { emails: [email] }, date: today() }));
    const police = await t.call('disclosure.add', policeOrder({ subjects: { emails: [email] } }));
    await t.call('disclosure.add', policeOrder({ recipient: { name: 'FIOD', kind: 'law-enforcement' }, subjects: { emails: [email] }, inquiry: true }));
    const ref = await respondedErasure(email);
    const listing = await t.call('request.art19Recipients', { ref });
    expect(listing.required).toBe(true);
    expect(listing.sourceNote).toMatch(/disclosures register/);
    expect(listing.recipients.map((r) => r.name).sort()).toEqual(['Partner BV', 'Politie Amsterdam']);
    const partner = listing.recipients.find((r) => r.name === 'Partner BV')!;
    expect(partner.id).toBe(p1.recipient.id);
    expect(partner.description).toBe(`${p1.ref} (${p1.date}), ${p2.ref} (${p2.date})`);
    expect(listing.recipients.find((r) => r.name === 'Politie Amsterdam')!.id).toBe(police.recipient.id);
    expect(listing.recipients.map((r) => r.withheldFromSubject)).toEqual([null, null]);
  });

  it('marks a recipient the subject may not be told about yet, with the latest end of secrecy', async () => {
    const email = 'secret-recipient@example.com';
    const later = addDays(today(), 90);
    await t.call('disclosure.add', policeOrder({ subjects: { emails: [email] }, secrecy: { decision: 'secret-until', until: addDays(today(), 30), ground: 'Art. 23' } }));
    await t.call('disclosure.add', policeOrder({ subjects: { emails: [email] }, secrecy: { decision: 'secret-until', until: later, ground: 'Art. 23' } }));
    await t.call('disclosure.add', policeOrder({ recipient: { name: 'Rechtbank', kind: 'court' }, subjects: { emails: [email] }, secrecy: { decision: 'secret', ground: 'Art. 23' } }));
    await t.call('disclosure.add', policeOrder({ recipient: { name: 'Politie Utrecht', kind: 'law-enforcement' }, subjects: { emails: [email] }, secrecy: { decision: 'secret-until', until: today(), ground: 'Art. 23' } }));
    const ref = await respondedErasure(email);
    const byName = Object.fromEntries((await t.call('request.art19Recipients', { ref })).recipients.map((r) => [r.name, r.withheldFromSubject]));
    expect(byName).toEqual({ 'Politie Amsterdam': { until: later }, Rechtbank: { until: null }, 'Politie Utrecht': null });
  });

  it('records per recipient, refuses a second record and a stranger, then close needs only the rest', async () => {
    const email = 'rectify@example.com';
    const partner = await t.call('disclosure.add', partnerFlow({ subjects: { emails: [email] } }));
    const police = await t.call('disclosure.add', policeOrder({ subjects: { emails: [email] } }));
    const other = await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Advertiser Ltd', kind: 'advertiser' }, subjects: { emails: ['else@example.com'] } }));
    const ref = await respondedErasure(email);

    const detail = await t.call('disclosure.art19Notice', { ref, recipientId: partner.recipient.id, outcome: 'notified', notifiedOn: today() });
    expect(detail.art19?.records).toEqual([{ recipientId: partner.recipient.id, recipientName: 'Partner BV', outcome: 'notified', notifiedOn: today(), reason: null }]);
    const twice = await t.fail('disclosure.art19Notice', { ref, recipientId: partner.recipient.id, outcome: 'impossible', reason: 'again' });
    expect(twice.fieldErrors?.recipientId?.[0]).toMatch(/already/);
    const stranger = await t.fail('disclosure.art19Notice', { ref, recipientId: other.recipient.id, outcome: 'notified', notifiedOn: today() });
    expect(stranger.fieldErrors?.recipientId?.[0]).toMatch(/did not receive/);
    const noReason = await t.fail('disclosure.art19Notice', { ref, recipientId: police.recipient.id, outcome: 'disproportionate' });
    expect(noReason.fieldErrors?.reason).toBeDefined();

    // The close still needs the police record, and refuses one for the partner again.
    const missing = await t.fail('request.transition', { ref, action: 'close' });
    expect(missing.fieldErrors?.art19?.[0]).toMatch(/1 recipient/);
    const again = await t.fail('request.transition', { ref, action: 'close', art19: [{ recipientId: partner.recipient.id, outcome: 'notified', notifiedOn: today() }] });
    expect(again.fieldErrors?.['art19.0.recipientId']?.[0]).toMatch(/already/);
    const closed = await t.call('request.transition', { ref, action: 'close', art19: [{ recipientId: police.recipient.id, outcome: 'impossible', reason: 'The order forbids contact about it.' }] });
    expect(closed.status).toBe('closed');
    expect(closed.art19?.records.map((r) => [r.recipientName, r.outcome])).toEqual([
      ['Partner BV', 'notified'],
      ['Politie Amsterdam', 'impossible'],
    ]);
    // Closed: records were made at the close.
    expect((await t.fail('disclosure.art19Notice', { ref, recipientId: police.recipient.id, outcome: 'notified', notifiedOn: today() })).fieldErrors?.ref).toBeDefined();
  });

  it('an access request takes no Art. 19 record', async () => {
    const r = await t.call('request.create', newRequest({ types: ['access'], email: 'access@example.com' }));
    const d = await t.call('disclosure.add', partnerFlow({ subjects: { emails: ['access@example.com'] } }));
    const err = await t.fail('disclosure.art19Notice', { ref: r.ref, recipientId: d.recipient.id, outcome: 'notified', notifiedOn: today() });
    expect(err.fieldErrors?.ref?.[0]).toMatch(/rectification, erasure or restriction/);
  });
});
