// Migration 0011 on a database written before audit details were erasable: old events carried
// requesters' names inside their hashed summaries. After it, the names sit in audit_details (and
// nowhere in the hashed bytes), the chain verifies, and heads printed before the migration still
// verify against the hashes the events had then.
import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../main/store/database';
import { migrate } from '../../../main/store/migrate';
import { MIGRATIONS } from '../../../main/store/migrations';
import { legacyHash, type LegacyRow } from '../../../main/store/audit-rechain';
import { anchorRechains, GENESIS_HASH, headProblem, verifyAuditChain } from '../../../main/store/audit-chain';
import { readCheckpoints, recordCheckpoint, recordHead } from '../../../main/store/checkpoints';
import { tempDir } from '../../support/temp';

const BEFORE = MIGRATIONS.filter((m) => m.version < 11);

/** A version-7 database with `n` format-1 events; event 2 names a requester. */
function oldDatabase(n: number): { db: Db; dir: string; hashes: string[] } {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'workbench.db'), randomBytes(32), { create: true, migrate: false });
  migrate(db, BEFORE);
  const insert = db.prepare('INSERT INTO audit_events (seq, at, actor, operation, entity_type, entity_id, summary, prev_hash, hash) VALUES (@seq, @at, @actor, @operation, @entity_type, @entity_id, @summary, @prev_hash, @hash)');
  let prev = GENESIS_HASH;
  const hashes: string[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const summary = seq === 2 ? { created: { name: 'Zephyrine Quaxworth', email: 'zq@example.org', status: 'received' } } : { i: seq };
    const row: Omit<LegacyRow, 'hash'> = { seq, at: `2026-01-0${seq}T10:00:00.000Z`, actor: 'dpo', operation: 'request.create', entity_type: 'request', entity_id: `DSR-2026-0000${seq}`, summary: JSON.stringify(summary), prev_hash: prev };
    const hash = legacyHash(row as LegacyRow);
    insert.run({ ...row, hash });
    hashes.push(hash);
    prev = hash;
  }
  return { db, dir, hashes };
}

describe('migration 0011: erasable audit details', () => {
  it('moves personal fields out of the hashed events and keeps earlier printed heads verifiable', () => {
    const { db, dir, hashes } = oldDatabase(5);
    // A report printed event 3's head, and the app recorded the head (event 5) at lock.
    recordCheckpoint(dir, { seq: 3, hash: hashes[2]!, at: '2026-01-03T12:00:00.000Z', purpose: 'audit-pack' });
    recordHead(dir, { seq: 5, hash: hashes[4]! }, 'lock');
    migrate(db);

    const v = verifyAuditChain(db, dir);
    expect(v).toMatchObject({ ok: true, events: 5, firstBadSeq: null, checkpoints: { total: 2, missing: [] } });
    expect(v.rechains).toEqual([expect.objectContaining({ oldSeq: 5, oldHash: hashes[4], newHash: v.head, oldChainIntact: true })]);
    expect(v.head).not.toBe(hashes[4]);
    expect(headProblem(db, dir)).toBeNull();

    const bodies = (db.prepare('SELECT body FROM audit_events').pluck().all() as Buffer[]).map((b) => b.toString('utf8')).join('\n');
    expect(bodies).not.toContain('Quaxworth');
    expect(bodies).not.toContain('zq@example.org');
    expect(bodies).toContain('"status":"received"');
    const details = db.prepare('SELECT seq, details FROM audit_details').all();
    expect(details).toEqual([{ seq: 2, details: JSON.stringify({ created: { email: 'zq@example.org', name: 'Zephyrine Quaxworth' } }) }]);
    // Erasing the details leaves the chain intact.
    db.prepare('DELETE FROM audit_details WHERE seq = 2').run();
    expect(verifyAuditChain(db, dir).ok).toBe(true);
    db.close();
  });

  it('records a chain that was already broken instead of laundering it into an intact one', () => {
    const { db, dir } = oldDatabase(4);
    db.exec('DROP TRIGGER audit_events_no_update');
    db.prepare(`UPDATE audit_events SET summary = '{"i":99}' WHERE seq = 3`).run();
    migrate(db);
    const v = verifyAuditChain(db, dir);
    expect(v.rechains[0]).toMatchObject({ oldChainIntact: false, oldChainProblem: 'event 3 had been changed after it was written' });
    db.close();
  });

  it('a head printed before the migration that was never on the old chain is still caught', () => {
    const { db, dir } = oldDatabase(3);
    recordCheckpoint(dir, { seq: 2, hash: 'f'.repeat(64), at: '2026-01-03T12:00:00.000Z', purpose: 'audit-pack' });
    migrate(db);
    expect(verifyAuditChain(db, dir)).toMatchObject({ ok: false, checkpoints: { missing: [expect.objectContaining({ seq: 2 })] } });
    db.close();
  });

  it('anchors the re-chain outside the database once: old head and new head in one record', () => {
    const { db, dir, hashes } = oldDatabase(3);
    migrate(db);
    anchorRechains(db, dir);
    anchorRechains(db, dir);
    const head = verifyAuditChain(db, dir).head;
    expect(readCheckpoints(dir)).toEqual([expect.objectContaining({ purpose: 'rechain', seq: 3, hash: head, previousHash: hashes[2] })]);
    expect(verifyAuditChain(db, dir)).toMatchObject({ ok: true, checkpoints: { total: 1, missing: [] } });
    db.close();
  });

  it('the open-time head check answers on a database not yet migrated', () => {
    const { db, dir } = oldDatabase(3);
    recordHead(dir, { seq: 3, hash: 'e'.repeat(64) }, 'lock');
    expect(headProblem(db, dir)).toMatchObject({ kind: 'replaced' });
    db.close();
  });
});
