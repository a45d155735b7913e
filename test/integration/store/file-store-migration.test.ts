// Request attachments moved into the one file store (migration 0005). A database written by the
// version before it must come through with every file, its bytes, its id (timeline entries and
// audit events name it) and an intact audit chain.
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { backfillPublicIds } from '../../../main/store/public-id';
import { newRequest, openTestCore, type TestCore } from '../requests/helpers';

let t: TestCore;
afterEach(() => t?.close());

/** Rebuilds the version-4 attachment tables from the file store, as that version wrote them. */
function downgradeToV4(db: import('../../../main/store/database').Db): void {
  db.exec(`
    CREATE TABLE request_attachments (
      id INTEGER PRIMARY KEY, request_id INTEGER NOT NULL REFERENCES requests (id), filename TEXT NOT NULL,
      mime_type TEXT NOT NULL, size_bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, kind TEXT NOT NULL,
      delete_after_verification INTEGER NOT NULL DEFAULT 0, added_at TEXT NOT NULL, added_by TEXT NOT NULL,
      deleted_at TEXT, deleted_reason TEXT) STRICT;
    CREATE INDEX request_attachments_request ON request_attachments (request_id, id);
    CREATE TABLE attachment_bodies (attachment_id INTEGER PRIMARY KEY REFERENCES request_attachments (id), body BLOB NOT NULL) STRICT;
    INSERT INTO request_attachments SELECT id, owner_id, filename, mime_type, size_bytes, sha256, kind,
      coalesce(delete_after = 'identity-verified', 0), added_at, added_by, deleted_at, deleted_reason FROM files;
    INSERT INTO attachment_bodies SELECT file_id, body FROM file_bodies;
    DROP TABLE file_bodies; DROP TABLE files;
    PRAGMA user_version = 4;
  `);
}

describe('migration 0005: request attachments into the file store', () => {
  it('keeps every file, its bytes, id, reminder and deletion record; the audit chain still verifies', async () => {
    t = await openTestCore();
    const r = await t.call('request.create', newRequest());
    const scan = Buffer.from('%PDF-1.4 passport scan');
    const letter = Buffer.from('a letter, later deleted');
    await t.call('request.attach', { ref: r.ref, filename: 'passport.pdf', mimeType: 'application/pdf', base64: scan.toString('base64'), kind: 'id-document' });
    const withLetter = await t.call('request.attach', { ref: r.ref, filename: 'letter.txt', base64: letter.toString('base64'), kind: 'letter' });
    const letterId = withLetter.attachments.find((a) => a.filename === 'letter.txt')!.id;
    await t.call('request.attachmentDelete', { ref: r.ref, attachmentId: letterId, reason: 'Sent twice' });
    const before = await t.call('request.get', { ref: r.ref });

    const db = t.core.session.requireStore().db;
    expect(MIGRATIONS.find((m) => m.name === 'file-store')?.version).toBe(5);
    db.transaction(() => downgradeToV4(db))();
    expect(schemaVersion(db)).toBe(4);
    // Only the migration under test: later ones have already run on this database.
    const version = MIGRATIONS.find((m) => m.name === 'file-store')!.version;
    migrate(db, MIGRATIONS.slice(0, version));
    expect(schemaVersion(db)).toBe(version);
    // The public ids (0008) had been added to the files table this migration just rebuilt; as on
    // any database coming from version 4, its files get new ones.
    db.exec('ALTER TABLE files ADD COLUMN public_id TEXT; CREATE UNIQUE INDEX files_public_id ON files (public_id);');
    backfillPublicIds(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]).join(',');
    expect(tables).not.toMatch(/request_attachments|attachment_bodies/);

    const after = await t.call('request.get', { ref: r.ref });
    const withoutPublicId = (list: typeof before.attachments) => list.map(({ publicId: _p, ...f }) => f);
    expect(withoutPublicId(after.attachments)).toEqual(withoutPublicId(before.attachments));
    expect(after.timeline).toEqual(before.timeline);
    const scanInfo = after.attachments.find((a) => a.filename === 'passport.pdf')!;
    expect(scanInfo.deleteAfterVerification).toBe(true);
    const got = await t.call('request.attachmentGet', { ref: r.ref, attachmentId: scanInfo.id });
    expect(Buffer.from(got.base64, 'base64').equals(scan)).toBe(true);
    expect((await t.fail('request.attachmentGet', { ref: r.ref, attachmentId: letterId })).code).toBe('CONFLICT');
    expect((await t.call('audit.verify', {})).ok).toBe(true);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it("a file is only reachable through its owner: another request's reference gives NOT_FOUND", async () => {
    t = await openTestCore();
    const a = await t.call('request.create', newRequest());
    const b = await t.call('request.create', newRequest({ email: 'other@example.com' }));
    const d = await t.call('request.attach', { ref: a.ref, filename: 'x.txt', base64: Buffer.from('x').toString('base64') });
    const err = await t.fail('request.attachmentGet', { ref: b.ref, attachmentId: d.attachments[0]!.id });
    expect(err.code).toBe('NOT_FOUND');
    expect((await t.fail('request.attachmentDelete', { ref: b.ref, attachmentId: d.attachments[0]!.id, reason: 'x' })).code).toBe('NOT_FOUND');
  });
});
