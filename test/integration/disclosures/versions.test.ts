// Corrections are new versions, never silent edits: every version stays whole with who, when and
// why; a stale expectedVersion is refused; the audit trail records each version without personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today, daysAgo, type TestCore } from '../requests/helpers';
import { partnerFlow, policeOrder, openSuiteCore } from './helpers';
import { addDays } from '../../../shared/dates/iso';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
}, 60_000);
afterAll(() => t.close());

describe('versioned corrections', () => {
  it('a correction adds a version; the first stays as it was', async () => {
    const d = await t.call('disclosure.add', policeOrder({ subjects: { emails: ['first@example.com'] }, files: [{ filename: 'order.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF order').toString('base64') }] }));
    expect(d.version).toBe(1);
    expect(d.ref).toMatch(/^D-\d{4}-\d{4}$/);
    expect(d.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
    expect(d.files.map((f) => f.filename)).toEqual(['order.pdf']);
    // The order itself, kept in the encrypted file store and read back whole.
    const file = await t.call('disclosure.fileGet', { id: d.id, fileId: d.files[0]!.id });
    expect(Buffer.from(file.base64, 'base64').toString()).toBe('%PDF order');
    const { versions, ...current } = d;
    const fixed = await t.call('disclosure.correct', {
      id: d.id,
      expectedVersion: 1,
      reason: 'Wrong address typed; order covers the second account.',
      recipientId: d.recipient.id,
      date: d.date,
      ground: 'warrant',
      reference: 'Sv art. 126na',
      categories: ['identity', 'account-and-services', 'logs-and-traffic'],
      subjects: { emails: ['second@example.com'] },
    });
    expect(fixed.version).toBe(2);
    expect(fixed.ref).toBe(d.ref);
    expect(fixed.categories).toEqual(['identity', 'account-and-services', 'logs-and-traffic']);
    expect(fixed.versions).toHaveLength(2);
    expect(fixed.versions[0]).toEqual(versions[0]);
    expect(fixed.versions[0]!.content.subjects.emails).toEqual(['first@example.com']);
    // The bytes live in the file store only, not again in the version.
    expect(fixed.versions[0]!.content).not.toHaveProperty('files');
    expect(fixed.versions[1]).toMatchObject({ version: 2, by: 'test', reason: 'Wrong address typed; order covers the second account.' });
    expect(fixed.files).toEqual(current.files);
    // The subject link follows the current version.
    expect((await t.call('disclosure.forSubject', { email: 'first@example.com' })).shown).toEqual([]);
    expect((await t.call('disclosure.forSubject', { email: 'second@example.com' })).shown.map((x) => x.id)).toEqual([d.id]);

    const stale = await t.fail('disclosure.correct', { id: d.id, expectedVersion: 1, reason: 'x', recipientId: d.recipient.id, date: d.date, ground: 'court-order', categories: ['identity'], subjects: { bulkCount: 3 } });
    expect(stale.code).toBe('CONFLICT');
    const same = await t.fail('disclosure.correct', {
      id: d.id,
      reason: 'nothing',
      recipientId: d.recipient.id,
      date: d.date,
      ground: 'warrant',
      reference: 'Sv art. 126na',
      categories: ['identity', 'account-and-services', 'logs-and-traffic'],
      subjects: { emails: ['second@example.com'] },
    });
    expect(same.fieldErrors?.reason?.[0]).toMatch(/Nothing differs/);
    expect((await t.call('disclosure.get', { id: d.id })).version).toBe(2);
  });

  it('the audit trail has one event per version, with ids and codes and no personal data', async () => {
    const d = await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Jan de Vries Consultancy', kind: 'other' }, flow: null, subjects: { emails: ['private.person@example.com'], customerIds: ['C-4242'] } }));
    await t.call('disclosure.correct', { id: d.id, reason: 'Jan asked: add the second e-mail', recipientId: d.recipient.id, date: d.date, ground: 'contract', categories: ['contact'], subjects: { emails: ['private.person@example.com', 'other.person@example.com'] } });
    const events = (await t.call('audit.list', { limit: 50 })).rows.filter((e) => e.entityId === d.ref || e.entityId === d.recipient.id);
    expect(events.map((e) => e.operation).sort()).toEqual(['disclosure.add', 'disclosure.add', 'disclosure.correct']);
    const text = JSON.stringify(events);
    for (const personal of ['private.person', 'other.person', 'Jan de Vries', 'C-4242', 'Jan asked']) expect(text).not.toContain(personal);
    const corrected = events.find((e) => e.operation === 'disclosure.correct')!;
    expect(corrected.summary).toMatchObject({ corrected: { id: d.id, version: 2, subjects: 2, changed: ['subjects'] } });
    // Every event of the register sits in the hash chain like any other.
    expect(await t.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('bad input names the field', async () => {
    const err = await t.fail('disclosure.add', { ...policeOrder(), date: '2026-02-30', categories: ['teleportation'], ground: 'vibes' } as never);
    expect(Object.keys(err.fieldErrors ?? {}).sort()).toEqual(expect.arrayContaining(['date', 'ground']));
    expect(Object.keys(err.fieldErrors ?? {}).some((k) => k.startsWith('categories'))).toBe(true);
    const noSubjects = await t.fail('disclosure.add', policeOrder({ subjects: {} }));
    expect(noSubjects.fieldErrors?.subjects).toBeDefined();
    const secretNoGround = await t.fail('disclosure.add', policeOrder({ secrecy: { decision: 'secret' } }));
    expect(secretNoGround.fieldErrors?.['secrecy.ground']?.[0]).toMatch(/Art\. 23/);
    const li = await t.fail('disclosure.add', policeOrder({ ground: 'legitimate-interest' }));
    expect(li.fieldErrors?.groundNote).toBeDefined();
    const third = await t.fail('disclosure.add', policeOrder({ recipient: { name: 'FBI', kind: 'law-enforcement', country: 'US', thirdCountry: true } }));
    expect(third.fieldErrors?.['recipient.safeguard']).toBeDefined();
    const flowPolice = await t.fail('disclosure.add', policeOrder({ flow: { frequency: 'daily', from: daysAgo(30) } }));
    expect(flowPolice.fieldErrors?.flow).toBeDefined();
    const unknownRequest = await t.fail('disclosure.add', policeOrder({ subjects: { requestRefs: ['DSR-2026-99999'] } }));
    expect(unknownRequest.fieldErrors?.['subjects.requestRefs.0']).toBeDefined();
    const told = await t.fail('disclosure.add', policeOrder({ date: today(), subjectToldOn: daysAgo(1) }));
    expect(told.fieldErrors?.subjectToldOn).toBeDefined();
    const ahead = await t.fail('disclosure.add', policeOrder({ date: addDays(today(), 1) }));
    expect(ahead.fieldErrors?.date?.[0]).toMatch(/still to come/);
  });

  it('the recipients directory reuses an entry by name and kind', async () => {
    const a = await t.call('disclosure.add', policeOrder({ recipient: { name: 'Politie Utrecht', kind: 'law-enforcement' } }));
    const b = await t.call('disclosure.add', policeOrder({ recipient: { name: 'politie utrecht', kind: 'law-enforcement', contact: 'desk@politie.example' } }));
    expect(b.recipient.id).toBe(a.recipient.id);
    const dir = await t.call('disclosure.recipients', {});
    expect(dir.filter((r) => r.id === a.recipient.id)).toEqual([expect.objectContaining({ name: 'Politie Utrecht', contact: 'desk@politie.example' })]);
  });

  it('a correction can attach the order received later; the files already kept stay', async () => {
    const d = await t.call('disclosure.add', policeOrder({ files: [{ filename: 'request.pdf', base64: Buffer.from('%PDF request').toString('base64') }] }));
    const same = {
      id: d.id,
      expectedVersion: d.version,
      reason: 'The signed order came in a week later.',
      recipientId: d.recipient.id,
      date: d.date,
      ground: d.ground,
      reference: d.reference,
      categories: d.categories,
      subjects: { emails: d.subjects.emails },
    };
    // Refused by field: a bad encoding, and nothing at all to correct.
    expect((await t.fail('disclosure.correct', { ...same, files: [{ filename: 'order.pdf', base64: '%%%' }] })).fieldErrors?.['files.0.base64']).toBeDefined();
    expect((await t.fail('disclosure.correct', same)).fieldErrors?.reason).toBeDefined();
    expect((await t.call('disclosure.get', { id: d.id })).version).toBe(1);

    const fixed = await t.call('disclosure.correct', { ...same, files: [{ filename: 'order.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF signed order').toString('base64') }] });
    expect(fixed.version).toBe(2);
    expect(fixed.versions[1]).toMatchObject({ version: 2, reason: 'The signed order came in a week later.' });
    expect(fixed.files.map((f) => f.filename).sort()).toEqual(['order.pdf', 'request.pdf']);
    const order = await t.call('disclosure.fileGet', { id: d.id, fileId: fixed.files.find((f) => f.filename === 'order.pdf')!.id });
    expect(Buffer.from(order.base64, 'base64').toString()).toBe('%PDF signed order');
    const events = (await t.call('audit.list', { entityId: d.ref, limit: 10 })).rows;
    expect(events.find((e) => e.summary.corrected)!.summary).toMatchObject({ corrected: { version: 2, changed: [], files: 1 } });
  });
});
