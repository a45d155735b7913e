// Every change to an activity is a new version with who and when; the record as it stood at the
// end of any day (in the organisation's time zone) can be read back; removal is a version too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billing, hosting, openClockedCore, type ClockedCore } from './helpers';

let t: ClockedCore;
beforeAll(async () => {
  t = await openClockedCore();
}, 60_000);
afterAll(() => t.close());

describe('versions of an activity and the record as of a date', () => {
  it('edits add versions; the record as of each day shows the version then in force', async () => {
    t.at('2026-03-10T10:00:00Z');
    const a = await t.call('processing.add', billing());
    expect(a).toMatchObject({ ref: expect.stringMatching(/^PA-\d{3}$/), kind: 'controller', version: 1, deleted: false });
    expect(a.versions).toEqual([expect.objectContaining({ version: 1, by: 'test', at: '2026-03-10T10:00:00.000Z', deleted: false })]);

    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time, UTC+2).
    t.at('2026-03-31T23:30:00Z');
    const { kind: _k, ...rest } = a.content as Extract<typeof a.content, { kind: 'controller' }>;
    void _k;
    const b = await t.call('processing.edit', { id: a.id, expectedVersion: 1, content: { kind: 'controller', ...rest, dataCategories: ['identity', 'payment', 'contact'] } });
    expect(b.version).toBe(2);
    expect(b.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(b.versions[0]!.content).toEqual(a.content);

    t.at('2026-05-02T08:00:00Z');
    const p = await t.call('processing.add', hosting());

    const before = await t.call('processing.asOf', { date: '2026-03-09' });
    expect(before).toEqual({ asOf: '2026-03-09', controller: [], processor: [] });
    const march31 = await t.call('processing.asOf', { date: '2026-03-31' });
    expect(march31.controller.map((x) => [x.ref, x.version])).toEqual([[a.ref, 1]]);
    expect(march31.processor).toEqual([]);
    const april1 = await t.call('processing.asOf', { date: '2026-04-01' });
    expect(april1.controller[0]).toMatchObject({ id: a.id, version: 2, by: 'test', at: '2026-03-31T23:30:00.000Z' });
    expect((april1.controller[0]!.content as { dataCategories: string[] }).dataCategories).toEqual(['identity', 'payment', 'contact']);
    const may = await t.call('processing.asOf', { date: '2026-05-02' });
    expect(may.processor.map((x) => x.id)).toEqual([p.id]);

    // Removal is a version: gone from the record from that day on, still there before it.
    t.at('2026-06-01T09:00:00Z');
    const gone = await t.call('processing.delete', { id: a.id, expectedVersion: 2, reason: 'Billing moved to the parent company.' });
    expect(gone).toMatchObject({ deleted: true, version: 3 });
    expect(gone.versions[2]).toMatchObject({ deleted: true, reason: 'Billing moved to the parent company.' });
    expect((await t.call('processing.asOf', { date: '2026-05-31' })).controller.map((x) => x.id)).toEqual([a.id]);
    expect((await t.call('processing.asOf', { date: '2026-06-01' })).controller).toEqual([]);
    expect((await t.call('processing.list', {})).rows.map((x) => x.id)).toEqual([p.id]);
    expect((await t.fail('processing.edit', { id: a.id, content: billing() })).code).toBe('CONFLICT');
  });

  it('a stale expectedVersion is refused; saving the same content changes nothing', async () => {
    t.at('2026-07-01T09:00:00Z');
    const a = await t.call('processing.add', billing({ name: 'Debt collection' }));
    const edit = { id: a.id, content: billing({ name: 'Debt collection', retention: 'Until paid, then seven years.' }) };
    await t.call('processing.edit', { ...edit, expectedVersion: 1 });
    expect((await t.fail('processing.edit', { ...edit, expectedVersion: 1 })).code).toBe('CONFLICT');
    const same = await t.fail('processing.edit', edit);
    expect(same.code).toBe('VALIDATION');
    expect((await t.call('processing.get', { id: a.id })).version).toBe(2);
    // A controller record does not become a processor record.
    expect((await t.fail('processing.edit', { id: a.id, content: hosting() })).fieldErrors?.kind).toBeDefined();
  });
});
