// References come from a counter per register and year (migration 0006), not max(seq) + 1.
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { nextReferenceNumber } from '../../../main/store/reference-counter';
import { newRequest, openTestCore, type TestCore } from '../requests/helpers';

let t: TestCore;
afterEach(() => t?.close());

describe('reference counters', () => {
  it('the migration seeds each year from the highest reference, and numbering continues from there', async () => {
    t = await openTestCore();
    const a = await t.call('request.create', newRequest({ receivedDate: '2025-03-01' }));
    await t.call('request.create', newRequest({ receivedDate: '2025-04-01', email: 'b@example.com' }));
    expect(a.ref).toBe('DSR-2025-00001');
    const db = t.core.session.requireStore().db;
    // As a database from before the counters: no counter table, references only in the register.
    db.exec('DROP TABLE reference_counters');
    const version = MIGRATIONS.find((m) => m.name === 'reference-counters')!.version;
    db.pragma(`user_version = ${version - 1}`);
    // Only the migration under test: later ones have already run on this database.
    migrate(db, MIGRATIONS.slice(0, version));
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    expect(db.prepare("SELECT last FROM reference_counters WHERE prefix = 'DSR' AND year = 2025").pluck().get()).toBe(2);
    const c = await t.call('request.create', newRequest({ receivedDate: '2025-05-01', email: 'c@example.com' }));
    expect(c.ref).toBe('DSR-2025-00003');
    const d = await t.call('request.create', newRequest({ receivedDate: '2024-12-31', email: 'd@example.com' }));
    expect(d.ref).toBe('DSR-2024-00001');
  });

  it('never hands out a number twice, even when the newest record of a year is gone', async () => {
    t = await openTestCore();
    const db = t.core.session.requireStore().db;
    const drawn = db.transaction(() => [nextReferenceNumber(db, 'X', 2026), nextReferenceNumber(db, 'X', 2026), nextReferenceNumber(db, 'Y', 2026)])();
    expect(drawn).toEqual([1, 2, 1]);
    const a = await t.call('request.create', newRequest());
    // The newest record of the year no longer counts for that year (as if it were gone): a
    // max(seq) + 1 rule would hand its number out again.
    db.prepare('UPDATE requests SET ref_year = 1999 WHERE ref = ?').run(a.ref);
    const b = await t.call('request.create', newRequest({ email: 'e@example.com' }));
    expect(b.ref).not.toBe(a.ref);
    expect(Number(b.ref.slice(-5))).toBe(Number(a.ref.slice(-5)) + 1);
  });
});
