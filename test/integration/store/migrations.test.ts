import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { applyKey, openDatabase } from '../../../main/store/database';
import { appendAuditEvent } from '../../../main/store/audit-chain';
import { migrate, schemaVersion } from '../../../main/store/migrate';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../main/store/migrations';
import { snapshotHashes, tempDir } from '../../support/temp';

describe('migrations', () => {
  it('every migration applies on an empty database, in order, ending at SCHEMA_VERSION', () => {
    const file = join(tempDir(), 'm.db');
    const db = openDatabase(file, randomBytes(32), { create: true });
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    // Strictly increasing: each engineer holds a reserved number, so a gap is allowed until merged.
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    db.close();
  });

  it('each migration applies on a database that already holds data from the one before', () => {
    const key = randomBytes(32);
    for (let upTo = 1; upTo <= MIGRATIONS.length; upTo++) {
      const file = join(tempDir(), `step-${upTo}.db`);
      const db = new Database(file);
      applyKey(db, key);
      migrate(db, MIGRATIONS.slice(0, upTo - 1));
      // Some data at the previous version: an audit row exists from version 1 on.
      if (upTo > 1) {
        // In the format of that version: rows of columns before 0011, the hashed body from then on,
        // its hash stored as hex beside the previous one until 0019.
        const columns = (db.prepare("SELECT name FROM pragma_table_info('audit_events')").pluck().all() as string[]);
        if (!columns.includes('body')) db.prepare("INSERT INTO audit_events (seq, at, actor, operation, entity_type, entity_id, summary, prev_hash, hash) VALUES (1, 'x', 'a', 'o', 'e', NULL, '{}', 'p', 'h')").run();
        else if (!columns.includes('prev_hash')) appendAuditEvent(db, 'a', 'o', 'x', { entityType: 'e', entityId: null, summary: {} });
        else db.prepare(`INSERT INTO audit_events (seq, body, prev_hash, hash) VALUES (1, CAST('[1,"x","a","o","e",null,{},null,null]' AS BLOB), '${'0'.repeat(64)}', '${'ab'.repeat(32)}')`).run();
      }
      expect(migrate(db, MIGRATIONS.slice(0, upTo))).toBe(MIGRATIONS[upTo - 1]!.version);
      if (upTo > 1) expect((db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n).toBe(1);
      db.close();
    }
  });

  it('refuses a database from a newer app without modifying it', () => {
    const dir = tempDir();
    const file = join(dir, 'future.db');
    const key = randomBytes(32);
    const db = openDatabase(file, key, { create: true });
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = snapshotHashes(dir);
    expect(() => openDatabase(file, key)).toThrow(expect.objectContaining({ name: 'DatabaseFromFutureError', code: 'DATABASE_FROM_FUTURE' }));
    expect(snapshotHashes(dir)).toEqual(before);
  });

  it('a wrong key never opens (and never recreates) the database', () => {
    const dir = tempDir();
    const file = join(dir, 'k.db');
    openDatabase(file, randomBytes(32), { create: true }).close();
    const before = snapshotHashes(dir);
    expect(() => openDatabase(file, randomBytes(32))).toThrow(expect.objectContaining({ name: 'WrongDatabaseKeyError' }));
    expect(snapshotHashes(dir)).toEqual(before);
  });

  it('sets WAL, foreign keys and synchronous=FULL on every open', () => {
    const file = join(tempDir(), 'p.db');
    const key = randomBytes(32);
    openDatabase(file, key, { create: true }).close();
    const db = openDatabase(file, key);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });
});

describe('deleted content', () => {
  it('is overwritten, not left in free pages (secure_delete)', () => {
    const file = join(tempDir(), 's.db');
    const db = openDatabase(file, randomBytes(32), { create: true });
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });
});

describe('migration steps', () => {
  it('a step with work to do but nobody registered to do it is refused, never skipped', async () => {
    const { runMigrationStep, MigrationStepMissingError } = await import('../../../main/store/migration-steps');
    const db = openDatabase(join(tempDir(), 'st.db'), randomBytes(32), { create: true });
    expect(() => runMigrationStep(db, { name: 'not-registered', needed: () => true })).toThrow(MigrationStepMissingError);
    expect(() => runMigrationStep(db, { name: 'not-registered', needed: () => false })).not.toThrow();
    db.close();
  });
});
