// The activities that cover a data subject of a kind: what the access-response letter builds its
// purposes, categories, recipients, retention and source from (GDPR Art. 15(1)(a)-(h)).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billing, hosting, openClockedCore, type ClockedCore } from './helpers';

let t: ClockedCore;
beforeAll(async () => {
  t = await openClockedCore();
}, 60_000);
afterAll(() => t.close());

describe('covering activities for a subject', () => {
  it('returns the controller activities whose data subjects include the kind, with what a letter needs', async () => {
    t.at('2026-02-01T09:00:00Z');
    const partner = await t.call('disclosure.add', { recipient: { name: 'Partner BV', kind: 'partner', country: 'US', thirdCountry: true, safeguard: 'sccs' }, date: '2026-01-30', ground: 'contract', categories: ['contact'], subjects: { bulkCount: 10 } });
    const acc = await t.call(
      'processing.add',
      billing({
        name: 'Customer accounts',
        purposes: ['Providing the services', 'Keeping the account'],
        subjectKinds: ['customer', 'customer-contact'],
        dataCategories: ['identity', 'contact'],
        recipients: { kinds: ['law-enforcement'], recipientIds: [partner.recipient.id], note: 'Only under a court order.' },
        transfers: [{ country: 'US', safeguard: 'sccs', note: 'Support desk' }],
        sources: ['subject', 'generated'],
        sourceNote: 'From the order form.',
        automatedDecisions: true,
        automatedDecisionsNote: 'Credit check decides the payment terms.',
      }),
    );
    await t.call('processing.add', billing({ name: 'Website analytics', subjectKinds: ['website-visitor'], dataCategories: ['website-usage-and-cookies'], legalBasis: 'consent' }));
    await t.call('processing.add', hosting());

    const c = await t.call('processing.covering', { subjectKind: 'customer', asOf: '2026-02-01' });
    expect(c.subjectKind).toBe('customer');
    expect(c.asOf).toBe('2026-02-01');
    expect(c.activities).toEqual([
      {
        id: acc.id,
        ref: acc.ref,
        name: 'Customer accounts',
        version: 1,
        purposes: ['Providing the services', 'Keeping the account'],
        legalBasis: 'contract',
        legitimateInterestNote: null,
        dataCategories: ['identity', 'contact'],
        retention: 'Seven years after the invoice (AWR art. 52(4)).',
        sources: ['subject', 'generated'],
        sourceNote: 'From the order form.',
        recipients: {
          kinds: ['law-enforcement'],
          named: [{ id: partner.recipient.id, name: 'Partner BV', kind: 'partner', country: 'US', thirdCountry: true, safeguard: 'sccs' }],
          note: 'Only under a court order.',
        },
        transfers: [{ country: 'US', safeguard: 'sccs', note: 'Support desk' }],
        automatedDecisions: { made: true, note: 'Credit check decides the payment terms.' },
        // Typed by the DPO: nothing is left to complete (only the example record starts with some).
        toComplete: [],
      },
    ]);
    expect((await t.call('processing.covering', { subjectKind: 'website-visitor', asOf: '2026-02-01' })).activities.map((x) => x.name)).toEqual(['Website analytics']);
    // Processor records cover the customers' own subjects, never an access request to us.
    expect((await t.call('processing.covering', { subjectKind: 'end-user', asOf: '2026-02-01' })).activities).toEqual([]);
    // Before the activity existed, nothing covered the subject.
    expect((await t.call('processing.covering', { subjectKind: 'customer', asOf: '2026-01-31' })).activities).toEqual([]);
  });

  it('refuses an unknown subject kind and a recipient not in the directory, by field', async () => {
    const bad = await t.fail('processing.covering', { subjectKind: 'martian' as never });
    expect(bad.fieldErrors?.subjectKind).toBeDefined();
    const unknown = await t.fail('processing.add', billing({ recipients: { kinds: [], recipientIds: ['0190f5c4-0000-7000-8000-000000000000'] } }));
    expect(unknown.fieldErrors?.['recipients.recipientIds.0']).toEqual(['There is no recipient with this id in the directory.']);
  });
});
