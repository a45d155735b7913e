// The proof a DPO can show a regulator: after a purge, a canary requester's name is nowhere in
// the data folder (database pages decrypted and read whole, free pages included), in no backup
// made afterwards and in no export, while the audit trail still verifies. A backup made before
// the purge still holds it, as the README says.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openTestCore, type TestCore } from '../requests/helpers';
import { newRequest } from '../requests/helpers';
import { tempDir } from '../../support/temp';
import { decryptedPages, filesHolding } from '../../support/decrypted-pages';
import { backupNow } from '../../../main/services/backup-service';
import { exportJson } from '../../../main/store/export-json';
import { DEFAULT_RETENTION, PURGED_MARKER } from '../../../shared/model/retention';

const CANARY = 'Quaxworth';
const NAME = `Zephyrine ${CANARY}`;
const EMAIL = `zephyrine.${CANARY.toLowerCase()}@example.org`;
const CUSTOMER = `ZQ-${CANARY}-77`;

let t: TestCore;
afterEach(() => t?.close());

/** Every form the canary could take in bytes (UTF-8 and case-folded for the search index). */
function holdsCanary(bytes: Buffer): boolean {
  return bytes.includes(CANARY) || bytes.includes(CANARY.toLowerCase()) || bytes.includes(CANARY.toUpperCase());
}

async function finishedCanaryRequest(): Promise<string> {
  const r = await t.call('request.create', { ...newRequest({ name: NAME, email: EMAIL, customerId: CUSTOMER }), description: `Access for ${NAME}` });
  const scan = Buffer.from(`scan of ${NAME} `.repeat(2000));
  await t.call('request.attach', { ref: r.ref, filename: `${CANARY}-passport.pdf`, mimeType: 'application/pdf', base64: scan.toString('base64'), kind: 'id-document' });
  await t.call('request.attach', { ref: r.ref, filename: `letter-to-${CANARY}.txt`, mimeType: 'text/plain', base64: Buffer.from(`Dear ${NAME}`).toString('base64'), kind: 'letter' });
  await t.call('request.addNote', { ref: r.ref, text: `Called ${NAME} back`, direction: 'internal' });
  await t.call('request.transition', { ref: r.ref, action: 'start' });
  await t.call('request.transition', { ref: r.ref, action: 'verify', method: 'account-email' });
  await t.call('request.transition', { ref: r.ref, action: 'respond', summary: `Sent ${NAME} a copy` });
  await t.call('request.transition', { ref: r.ref, action: 'close', keepIdDocumentsReason: 'kept until the complaint is settled' });
  return r.ref;
}

describe('retention purge', () => {
  it('leaves the canary nowhere in the data folder, later backups or exports; the chain verifies; earlier backups still hold it', async () => {
    t = await openTestCore();
    const ref = await finishedCanaryRequest();
    const kept = await t.call('request.create', newRequest({ name: 'Open Person', email: 'open@example.org' }));
    const key = Buffer.from(t.core.session.requireKey());
    const outside = tempDir('dpo-outside-');
    const before = await backupNow(t.core.session, 'test', join(outside, 'before.db'));

    // Under the default rules only the ID scan is due (deleted at the latest when the request
    // finishes); the request itself has 24 months to go.
    expect(await t.call('retention.preview', {})).toMatchObject({ requests: 0, files: 1, upcomingTotal: 0 });
    await t.call('settings.update', { retention: { ...DEFAULT_RETENTION, finishedRequests: { months: 0, reason: null } } });
    const preview = await t.call('retention.preview', {});
    expect(preview).toMatchObject({ requests: 1, files: 2, held: 0 });
    expect(preview.bytes).toBeGreaterThan(30_000);
    expect(preview.auditDetails).toBeGreaterThanOrEqual(3);

    // The planner's statistics keep sample keys of every index (the PRAGMA optimize each open
    // runs writes them): analysed now, they hold the canary's address until the purge replaces them.
    const db0 = t.core.session.requireStore().db;
    db0.exec('ANALYZE');
    // A hold that ended yesterday: its reason (free text) must go with the request.
    db0.prepare("INSERT INTO request_holds (request_id, until, reason, set_at, set_by) SELECT id, date('now', '-1 day'), ?, 'then', 'dpo' FROM requests WHERE ref = ?").run(`Complaint by ${NAME}`, ref);
    const purged = await t.call('retention.purge', { confirm: true });
    expect(purged).toMatchObject({ done: true, requests: 1, files: 2, batches: 1 });
    // Idempotent: a second purge finds nothing due.
    expect(await t.call('retention.purge', { confirm: true })).toMatchObject({ requests: 0, files: 0, batches: 0 });

    const detail = await t.call('request.get', { ref });
    expect(detail).toMatchObject({ ref, status: 'closed' });
    expect(JSON.stringify(detail)).not.toContain(CANARY);
    expect(JSON.stringify(detail)).toContain(PURGED_MARKER);
    expect((await t.call('request.get', { ref: kept.ref })).requester).toMatchObject({ name: 'Open Person' });
    expect((await t.call('request.list', { q: CANARY.toLowerCase() })).total).toBe(0);
    expect((await t.call('request.list', { q: 'zephyrine' })).total).toBe(0);
    // Counts stay: the request is still counted as closed.
    expect((await t.call('request.list', { status: ['closed'] })).total).toBe(1);
    const verify = await t.call('audit.verify', {});
    expect(verify).toMatchObject({ ok: true, firstBadSeq: null });
    const events = (await t.call('audit.list', { entityId: ref, limit: 100 })).rows;
    const created = events.find((e) => e.summary.created)!;
    expect(created).toMatchObject({ details: null, detailsErased: true });
    expect(JSON.stringify(events)).not.toContain(CANARY);

    // The search index's vocabulary keeps no trigram of the name ("axw" occurs in nothing else).
    const db = t.core.session.requireStore().db;
    db.exec(`CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, requests_fts, 'row')`);
    expect(db.prepare(`SELECT count(*) AS n FROM temp.fts_terms WHERE term IN ('axw', 'xwo', 'phy')`).get()).toEqual({ n: 0 });
    db.exec('DROP TABLE temp.fts_terms');

    const after = await t.call('backup.create', {});
    const exported = await exportJson(t.core.session.requireStore(), join(outside, 'export.json'), 'test');
    t.close();

    // Every file in the data folder: databases decrypted page by page, everything else as is.
    expect(filesHolding(t.dataDir, key, holdsCanary)).toEqual([]);
    expect(holdsCanary(decryptedPages(after.file, key))).toBe(false);
    expect(holdsCanary(readFileSync(exported.file))).toBe(false);
    // The backup made before the purge still holds the data: purging cannot reach copies.
    expect(holdsCanary(decryptedPages(before.file, key))).toBe(true);
  }, 60_000);
});
