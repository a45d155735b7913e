// Migration 0014 on a register written before it: the kept counts and quarter sums start equal to
// the disclosures, and every directory entry gets its first version (its content in the canonical
// form the application writes, by whoever created it per the audit trail), so a later correction
// finds the version it replaces.
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { canonicalJson } from '../../../main/store/canonical-json';
import type { Db } from '../../../main/store/database';
import { openTestCore, type TestCore } from '../requests/helpers';
import { partnerFlow, policeOrder } from './helpers';

let t: TestCore;
afterEach(() => t?.close());

/** The schema as version 13 left it. */
function downgradeTo13(db: Db): void {
  db.exec(`
    DROP TRIGGER disclosure_counts_insert; DROP TRIGGER disclosure_counts_update; DROP TRIGGER disclosure_counts_delete;
    DROP TRIGGER disclosure_quarter_stats_insert; DROP TRIGGER disclosure_quarter_stats_update; DROP TRIGGER disclosure_quarter_stats_delete;
    DROP TABLE disclosure_counts; DROP TABLE disclosure_quarter_stats; DROP TABLE disclosure_recipient_versions; DROP TABLE disclosure_notices;
    DROP INDEX disclosures_secret_until_running;
    ALTER TABLE disclosure_recipients DROP COLUMN version; ALTER TABLE disclosure_recipients DROP COLUMN updated_at;
    PRAGMA user_version = 13;
  `);
}

describe('migration 0014: disclosure summaries and recipient versions', () => {
  it('fills the summaries from the register and gives each recipient its first version', async () => {
    t = await openTestCore();
    await t.call('disclosure.add', policeOrder({ secrecy: { decision: 'secret', ground: 'Sv art. 126bb' }, inquiry: true }));
    await t.call('disclosure.add', policeOrder({ date: '2025-02-03' }));
    const partner = await t.call('disclosure.add', partnerFlow({ recipient: { name: 'Partner BV', kind: 'partner', country: 'US', thirdCountry: true, safeguard: 'sccs', contact: 'privacy@partner.example' } }));
    const stats = await t.call('disclosure.stats', {});
    const db = t.core.session.requireStore().db;
    const version = MIGRATIONS.find((m) => m.name === 'disclosure-summaries')!.version;
    expect(version).toBe(14);
    db.transaction(() => downgradeTo13(db))();
    expect(schemaVersion(db)).toBe(13);
    migrate(db, MIGRATIONS.slice(0, version));
    db.pragma(`user_version = ${SCHEMA_VERSION}`);

    expect(db.prepare('SELECT recipient_kind, ground, inquiry, secrecy, n FROM disclosure_counts ORDER BY 1, 2, 3, 4').all()).toEqual(
      db.prepare('SELECT recipient_kind, ground, inquiry, secrecy, count(*) AS n FROM disclosures GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4').all(),
    );
    expect(await t.call('disclosure.stats', {})).toEqual(stats);
    expect(await t.call('disclosure.stats', { from: '2025-01-01', to: '2025-03-31' })).toMatchObject({ total: { disclosures: 1 } });

    const r = await t.call('disclosure.recipient', { id: partner.recipient.id });
    expect(r.version).toBe(1);
    const content = { name: 'Partner BV', kind: 'partner' as const, country: 'US', contact: 'privacy@partner.example', thirdCountry: true, safeguard: 'sccs' as const };
    expect(r.versions).toEqual([{ version: 1, at: expect.any(String), by: 'test', reason: null, content }]);
    expect(db.prepare('SELECT content FROM disclosure_recipient_versions WHERE recipient_id = (SELECT id FROM disclosure_recipients WHERE public_id = ?)').pluck().get(partner.recipient.id)).toBe(canonicalJson(content));
    const fixed = await t.call('disclosure.correctRecipient', { id: r.id, expectedVersion: 1, reason: 'moved', ...content, country: 'CA', safeguard: 'adequacy' });
    expect(fixed.versions.map((v) => v.version)).toEqual([1, 2]);
  });
});
