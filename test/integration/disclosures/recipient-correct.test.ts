// Correcting a recipients directory entry: a new version with who, when and why (the earlier ones
// kept whole), refused when stale, when nothing differs, when it would clash with another entry or
// when the new kind does not fit the disclosures made to it (Art. 4(9) inquiries, recurring
// flows); a corrected kind is carried onto its disclosures, so lists and statistics follow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCore } from '../requests/helpers';
import { openSuiteCore, partnerFlow, policeOrder } from './helpers';
import type { OpInput } from '../../../shared/api';
import type { RecipientDetail } from '../../../shared/model/disclosure';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
}, 60_000);
afterAll(() => t.close());

function correction(r: RecipientDetail, over: Partial<OpInput<'disclosure.correctRecipient'>>): OpInput<'disclosure.correctRecipient'> {
  return { id: r.id, expectedVersion: r.version, reason: 'Name typed wrong.', name: r.name, kind: r.kind, country: r.country, contact: r.contact, thirdCountry: r.thirdCountry, safeguard: r.safeguard, ...over };
}

describe('recipient corrections', () => {
  it('a correction is a new version; the first stays whole; the disclosures show the new name', async () => {
    const d = await t.call('disclosure.add', policeOrder({ recipient: { name: 'Politie Amsterdma', kind: 'court', country: 'NL' } }));
    const first = await t.call('disclosure.recipient', { id: d.recipient.id });
    expect(first).toMatchObject({ name: 'Politie Amsterdma', kind: 'court', version: 1, disclosures: 1 });
    expect(first.versions).toEqual([{ version: 1, at: expect.any(String), by: 'test', reason: null, content: { name: 'Politie Amsterdma', kind: 'court', country: 'NL', contact: null, thirdCountry: false, safeguard: null } }]);

    const before = await t.call('disclosure.stats', {});
    const fixed = await t.call('disclosure.correctRecipient', correction(first, { name: 'Politie Amsterdam', kind: 'law-enforcement', contact: 'Bureau Digitale Opsporing' }));
    expect(fixed).toMatchObject({ name: 'Politie Amsterdam', kind: 'law-enforcement', version: 2, contact: 'Bureau Digitale Opsporing' });
    expect(fixed.versions).toHaveLength(2);
    expect(fixed.versions[0]).toEqual(first.versions[0]);
    expect(fixed.versions[1]).toMatchObject({ version: 2, by: 'test', reason: 'Name typed wrong.', content: { name: 'Politie Amsterdam', kind: 'law-enforcement' } });

    // The disclosure names the corrected entry and is counted under its corrected kind.
    const again = await t.call('disclosure.get', { id: d.id });
    expect(again.recipient).toEqual({ id: d.recipient.id, name: 'Politie Amsterdam', kind: 'law-enforcement' });
    expect(again.version).toBe(d.version);
    expect((await t.call('disclosure.list', { recipientKind: 'law-enforcement' })).rows.map((r) => r.id)).toContain(d.id);
    expect((await t.call('disclosure.list', { recipientKind: 'court' })).total).toBe(0);
    const after = await t.call('disclosure.stats', {});
    expect(after.total.byRecipientKind.court).toBe(before.total.byRecipientKind.court - 1);
    expect(after.total.byRecipientKind['law-enforcement']).toBe(before.total.byRecipientKind['law-enforcement'] + 1);
    expect(after.total.disclosures).toBe(before.total.disclosures);

    // Every state is recorded: the audit trail has the correction (kind, version, changed fields).
    const events = (await t.call('audit.list', { entityId: d.recipient.id, limit: 10 })).rows;
    expect(events.map((e) => e.operation)).toContain('disclosure.correctRecipient');
    expect(events.find((e) => e.operation === 'disclosure.correctRecipient')!.summary).toMatchObject({ corrected: { version: 2, kind: 'law-enforcement', changed: ['contact', 'kind', 'name'], disclosuresRekinded: 1 } });
  });

  it('refuses a stale version, an unchanged entry, a clash and a kind its disclosures do not allow, by field', async () => {
    const police = await t.call('disclosure.add', policeOrder({ recipient: { name: 'Politie Utrecht', kind: 'law-enforcement' }, inquiry: true }));
    const partner = await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Partner Utrecht', kind: 'partner' } }));
    const p = await t.call('disclosure.recipient', { id: police.recipient.id });
    const q = await t.call('disclosure.recipient', { id: partner.recipient.id });

    expect((await t.fail('disclosure.correctRecipient', correction(p, {}))).fieldErrors?.reason).toBeDefined();
    expect((await t.fail('disclosure.correctRecipient', correction(p, { name: 'POLITIE AMSTERDAM' }))).fieldErrors?.name).toBeDefined();
    expect((await t.fail('disclosure.correctRecipient', correction(p, { kind: 'partner' }))).fieldErrors?.kind?.[0]).toMatch(/Art\. 4\(9\)/);
    expect((await t.fail('disclosure.correctRecipient', correction(q, { kind: 'processor' }))).fieldErrors?.kind?.[0]).toMatch(/recurring flows/);
    expect((await t.fail('disclosure.correctRecipient', correction(q, { thirdCountry: true, safeguard: null }))).fieldErrors?.safeguard).toBeDefined();
    expect((await t.fail('disclosure.correctRecipient', correction(q, { name: '' }))).fieldErrors?.name).toBeDefined();

    await t.call('disclosure.correctRecipient', correction(q, { country: 'BE' }));
    const stale = await t.fail('disclosure.correctRecipient', correction(q, { country: 'DE' }));
    expect(stale.code).toBe('CONFLICT');
    expect((await t.call('disclosure.recipient', { id: q.id })).country).toBe('BE');
    expect((await t.fail('disclosure.recipient', { id: '0193a000-0000-7000-8000-000000000009' })).code).toBe('NOT_FOUND');
  });

  it('details filled in by a later disclosure are a version too', async () => {
    const d = await t.call('disclosure.add', policeOrder({ recipient: { name: 'Marechaussee', kind: 'law-enforcement' } }));
    await t.call('disclosure.add', policeOrder({ recipient: { name: 'Marechaussee', kind: 'law-enforcement', country: 'NL' } }));
    const r = await t.call('disclosure.recipient', { id: d.recipient.id });
    expect(r).toMatchObject({ country: 'NL', version: 2, disclosures: 2 });
    expect(r.versions.map((v) => [v.version, v.content.country, v.reason])).toEqual([
      [1, null, null],
      [2, 'NL', null],
    ]);
  });
});
