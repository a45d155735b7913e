// Public ids (migration 0008): requests and files get a UUIDv7 generated in Node when recorded;
// rows from before the migration get theirs in the migration's own transaction; the contract
// hands them out and accepts them; the database refuses a row without one or a changed one.
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { openDatabase, type Db } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { newRequest, openTestCore, type TestCore } from '../requests/helpers';
import { tempDir } from '../../support/temp';

let t: TestCore;
afterEach(() => t?.close());

const PUBLIC_IDS = MIGRATIONS.find((m) => m.name === 'public-ids')!.version;

function expectV7(id: unknown): void {
  expect(typeof id === 'string' && isUuid(id), String(id)).toBe(true);
  expect(uuidVersion(id as string)).toBe(7);
}

/** The two tables as the version before 0008 wrote them: no public id, no index, no triggers. */
function downgrade(db: Db): void {
  db.transaction(() => {
    for (const table of ['requests', 'files']) {
      db.exec(`DROP TRIGGER ${table}_public_id_required; DROP TRIGGER ${table}_public_id_fixed; DROP INDEX ${table}_public_id; ALTER TABLE ${table} DROP COLUMN public_id;`);
    }
    db.pragma(`user_version = ${PUBLIC_IDS - 1}`);
  })();
}

describe('public ids', () => {
  it('new requests and files get a UUIDv7; the contract returns it and accepts it for a file', async () => {
    t = await openTestCore();
    const r = await t.call('request.create', newRequest());
    const d = await t.call('request.attach', { ref: r.ref, filename: 'scan.txt', base64: Buffer.from('scan').toString('base64') });
    expectV7(d.publicId);
    const file = d.attachments[0]!;
    expectV7(file.publicId);
    const [listed] = (await t.call('request.list', {})).rows;
    expect(listed!.publicId).toBe(d.publicId);

    const got = await t.call('request.attachmentGet', { ref: r.ref, attachmentId: file.publicId.toUpperCase() });
    expect(got).toMatchObject({ id: file.id, publicId: file.publicId, filename: 'scan.txt' });
    const bad = await t.fail('request.attachmentGet', { ref: r.ref, attachmentId: 'not-an-id' });
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fieldErrors?.attachmentId).toBeDefined();
    const deleted = await t.call('request.attachmentDelete', { ref: r.ref, attachmentId: file.publicId, reason: 'verified' });
    expect(deleted).toMatchObject({ id: file.id, publicId: file.publicId });
    expect(deleted.deletedAt).not.toBeNull();
  });

  it('every request operation takes the public id wherever it takes a reference; the audit trail still names the reference', async () => {
    t = await openTestCore();
    const a = await t.call('request.create', newRequest());
    const b = await t.call('request.create', newRequest({ email: 'second@example.com' }));
    expect((await t.call('request.get', { ref: a.publicId.toUpperCase() })).ref).toBe(a.ref);
    const started = await t.call('request.transition', { ref: a.publicId, action: 'start' });
    expect(started).toMatchObject({ ref: a.ref, status: 'in-progress' });
    const dup = await t.call('request.transition', { ref: b.publicId, action: 'mark-duplicate', originalRef: a.publicId });
    expect(dup.duplicateOf).toBe(a.ref);
    const events = (await t.call('audit.list', { limit: 5, operation: 'request.start' })).rows;
    expect(events[0]).toMatchObject({ entityType: 'request', entityId: a.ref });
    const missing = await t.fail('request.get', { ref: '0190f5c4-0000-7000-8000-000000000000' });
    expect(missing.code).toBe('NOT_FOUND');
    expect((await t.fail('request.get', { ref: 'nonsense' })).fieldErrors?.ref).toEqual(['A request reference looks like DSR-2026-00042.']);
  });

  it('the migration gives every existing row its own id, in row order, in the same transaction; nothing else changes', async () => {
    t = await openTestCore();
    const refs: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.call('request.create', newRequest({ email: `p${i}@example.com` }));
      await t.call('request.attach', { ref: r.ref, filename: `f${i}.txt`, base64: Buffer.from(`file ${i}`).toString('base64') });
      refs.push(r.ref);
    }
    const before = await t.call('request.get', { ref: refs[2]! });
    const db = t.core.session.requireStore().db;
    downgrade(db);
    expect(schemaVersion(db)).toBe(PUBLIC_IDS - 1);

    migrate(db, MIGRATIONS.slice(0, PUBLIC_IDS));
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    for (const table of ['requests', 'files']) {
      const ids = db.prepare(`SELECT public_id FROM ${table} ORDER BY id`).pluck().all() as string[];
      expect(ids).toHaveLength(5);
      ids.forEach(expectV7);
      expect(new Set(ids).size).toBe(5);
      // Time-ordered ids, given oldest row first, sort like the rows.
      expect([...ids].sort()).toEqual(ids);
    }
    const after = await t.call('request.get', { ref: refs[2]! });
    const { publicId: _a, attachments: attA, ...restAfter } = after;
    const { publicId: _b, attachments: attB, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
    expect(attA.map(({ publicId: _p, ...f }) => f)).toEqual(attB.map(({ publicId: _p, ...f }) => f));
    expect((await t.call('audit.verify', {})).ok).toBe(true);
  });

  it('a failing Node step rolls the whole migration back: columns, indexes and version', () => {
    const db = openDatabase(join(tempDir(), 'm.db'), randomBytes(32), { create: true });
    try {
      const last = MIGRATIONS.at(-1)!;
      const broken = [...MIGRATIONS, { version: last.version + 1, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER) STRICT;', after: () => { throw new Error('node step failed'); } }];
      expect(() => migrate(db, broken)).toThrow('node step failed');
      expect(schemaVersion(db)).toBe(last.version);
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('the database refuses a request or file without a public id, and a change to one', async () => {
    t = await openTestCore();
    const r = await t.call('request.create', newRequest());
    const db = t.core.session.requireStore().db;
    expect(() => db.prepare("UPDATE requests SET public_id = '0190f5c4-0000-7000-8000-000000000000' WHERE ref = ?").run(r.ref)).toThrow(/never changes/);
    expect(() => db.prepare('INSERT INTO requests SELECT * FROM requests WHERE ref = ?').run(r.ref)).toThrow(/UNIQUE|required/);
    expect(() =>
      db.prepare("INSERT INTO files (owner_kind, owner_id, kind, filename, mime_type, size_bytes, sha256, added_at, added_by) VALUES ('request', 1, 'document', 'x', 'text/plain', 1, 'h', 'now', 'me')").run(),
    ).toThrow(/files\.public_id is required/);
  });
});
