// Migration 0019 on a database written at the version before it: audit hashes stored as hex text
// beside a copy of the previous hash. After it every event keeps the hash it had (stored as its 32
// bytes), so heads printed before (also those from before the 0011 re-chain) still verify, and a
// tampered row is still caught at its seq.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../main/store/database';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { legacyHash, type LegacyRow } from '../../../main/store/audit-rechain';
import { auditHead, chainHash, encodeBody, GENESIS_HASH, headProblem, verifyAuditChain } from '../../../main/store/audit-chain';
import { recordCheckpoint, recordHead } from '../../../main/store/checkpoints';
import { tempDir } from '../../support/temp';

const BINARY = MIGRATIONS.find((m) => m.name === 'audit-binary-hashes')!.version;

/**
 * A database one version before 0019: three events from before the 0011 re-chain (format 1), then
 * `n` events written in format 2 with hex hashes, a printed head from before the re-chain, one
 * from after it, and the head recorded at lock.
 */
function databaseBefore(n: number): { db: Db; dir: string; hexHashes: string[] } {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'workbench.db'), randomBytes(32), { create: true, migrate: false });
  migrate(db, MIGRATIONS.filter((m) => m.version < 11));
  const legacy = db.prepare('INSERT INTO audit_events (seq, at, actor, operation, entity_type, entity_id, summary, prev_hash, hash) VALUES (@seq, @at, @actor, @operation, @entity_type, @entity_id, @summary, @prev_hash, @hash)');
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= 3; seq++) {
    const row = { seq, at: `2026-01-0${seq}T10:00:00.000Z`, actor: 'dpo', operation: 'request.create', entity_type: 'request', entity_id: `DSR-2026-0000${seq}`, summary: JSON.stringify({ i: seq }), prev_hash: prev };
    const hash = legacyHash(row as LegacyRow);
    legacy.run({ ...row, hash });
    prev = hash;
  }
  recordCheckpoint(dir, { seq: 2, hash: (db.prepare('SELECT hash FROM audit_events WHERE seq = 2').pluck().get() as string), at: '2026-01-02T12:00:00.000Z', purpose: 'audit-pack' });
  migrate(db, MIGRATIONS.filter((m) => m.version < BINARY));
  expect(schemaVersion(db)).toBeLessThan(BINARY);

  // Format 2 as written before 0019: hash and prev_hash as hex text.
  const insert = db.prepare('INSERT INTO audit_events (seq, body, prev_hash, hash) VALUES (?, ?, ?, ?)');
  let head = db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  prev = head.hash;
  for (let seq = head.seq + 1; seq <= head.seq + n; seq++) {
    const body = encodeBody({ seq, at: `2026-02-01T10:00:${String(seq % 60).padStart(2, '0')}.000Z`, actor: 'dpo', operation: 'request.addNote', entityType: 'request', entityId: `DSR-2026-${seq}`, summary: { note: { length: seq } }, commitment: null, legacyHash: null });
    const hash = chainHash(prev, body);
    insert.run(seq, body, prev, hash);
    prev = hash;
  }
  head = { seq: head.seq + n, hash: prev };
  recordCheckpoint(dir, { seq: 6, hash: db.prepare('SELECT hash FROM audit_events WHERE seq = 6').pluck().get() as string, at: '2026-02-01T12:00:00.000Z', purpose: 'export' });
  recordHead(dir, head, 'lock');
  const hexHashes = db.prepare('SELECT hash FROM audit_events ORDER BY seq').pluck().all() as string[];
  expect(verifyAuditChainBefore(db)).toBe(true);
  return { db, dir, hexHashes };
}

/** The chain as the code before 0019 checked it (each prev_hash the previous hash, each hash over it). */
function verifyAuditChainBefore(db: Db): boolean {
  let prev = GENESIS_HASH;
  for (const r of db.prepare('SELECT body, prev_hash, hash FROM audit_events ORDER BY seq').all() as Array<{ body: Buffer; prev_hash: string; hash: string }>) {
    if (r.prev_hash !== prev || chainHash(prev, r.body) !== r.hash) return false;
    prev = r.hash;
  }
  return true;
}

function dropTriggers(db: Db): void {
  db.exec('DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;');
}

describe('migration 0019: audit hashes stored as bytes', () => {
  it('keeps every hash, so heads printed before it (and before the 0011 re-chain) still verify', () => {
    const { db, dir, hexHashes } = databaseBefore(20);
    const headBefore = auditHead(db);
    migrate(db);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);

    // The old copy is gone, and erasure still overwrites freed pages afterwards.
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'audit_events_hex'").pluck().get()).toBe(0);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    const columns = db.prepare("SELECT name FROM pragma_table_info('audit_events')").pluck().all() as string[];
    expect(columns).not.toContain('prev_hash');
    const stored = db.prepare('SELECT hash FROM audit_events ORDER BY seq').pluck().all() as Buffer[];
    expect(stored.map((h) => h.toString('hex'))).toEqual(hexHashes);
    expect(stored.every((h) => h.length === 32)).toBe(true);

    expect(auditHead(db)).toEqual(headBefore);
    const v = verifyAuditChain(db, dir);
    expect(v).toMatchObject({ ok: true, events: 23, head: headBefore.hash, firstBadSeq: null, checkpoints: { total: 3, missing: [] } });
    expect(v.rechains).toHaveLength(1);
    expect(headProblem(db, dir)).toBeNull();
    // Still append-only, and new events chain on the migrated head.
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 1').run()).toThrow(/append-only/);
  });

  it('a row tampered with after the migration is caught at its seq, across batches', () => {
    const { db, dir } = databaseBefore(20);
    migrate(db);
    dropTriggers(db);
    const body = db.prepare('SELECT body FROM audit_events WHERE seq = 17').pluck().get() as Buffer;
    db.prepare('UPDATE audit_events SET body = ? WHERE seq = 17').run(Buffer.from(body.toString('utf8').replace('"length":17', '"length":71')));
    expect(verifyAuditChain(db, dir, 5)).toMatchObject({ ok: false, firstBadSeq: 17, events: 16, problem: 'event 17 was changed after it was written' });
  });

  it('a row tampered with before the migration is still caught at its seq after it, and the database still opens', () => {
    const { db, dir } = databaseBefore(20);
    dropTriggers(db);
    const body = db.prepare('SELECT body FROM audit_events WHERE seq = 9').pluck().get() as Buffer;
    db.prepare('UPDATE audit_events SET body = ? WHERE seq = 9').run(Buffer.from(body.toString('utf8').replace('"length":9', '"length":90')));
    // A hash that is not hex at all cannot be stored as bytes: it is kept as 32 zero bytes, which no event hashes to.
    db.prepare("UPDATE audit_events SET hash = 'not a hash' WHERE seq = 14").run();
    migrate(db);
    expect(verifyAuditChain(db, dir)).toMatchObject({ ok: false, firstBadSeq: 9, events: 8 });
    expect(db.prepare('SELECT hash FROM audit_events WHERE seq = 14').pluck().get()).toEqual(Buffer.alloc(32));
    expect((db.prepare('SELECT count(*) FROM audit_events').pluck().get() as number)).toBe(23);
  });
});
