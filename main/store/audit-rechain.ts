// The one-time move of the audit trail to format 2 (migration 0011). Events written before it
// hashed their whole summary, requesters' names and e-mail addresses included, so those could
// never be erased. Here each old event's personal fields move into audit_details behind a salted
// commitment, and the chain is recomputed once, in the migration's transaction. Each event keeps
// its old hash inside its new hashed body, and the old head and the new head are recorded
// together (audit_rechains), so a head printed on a report before the move still verifies.
import { createHash, randomBytes } from 'node:crypto';
import { splitPersonal } from '../../shared/model/personal';
import type { Db } from './database';
import { canonicalJson } from './canonical-json';
import { chainHash, commitmentOf, encodeBody, GENESIS_HASH } from './audit-chain';

const LEGACY_DOMAIN = 'dpo-audit-v1\n';

export interface LegacyRow {
  seq: number;
  at: string;
  actor: string;
  operation: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
}

/** Format 1: SHA-256 over the canonical encoding of every column but `hash`. */
export function legacyHash(r: LegacyRow): string {
  const encoded = canonicalJson([r.seq, r.at, r.actor, r.operation, r.entity_type, r.entity_id, r.summary, r.prev_hash]);
  return createHash('sha256').update(LEGACY_DOMAIN).update(encoded).digest('hex');
}

/**
 * Runs inside migration 0011's transaction, after its SQL made `audit_events_v1` (the old rows),
 * the new `audit_events` and `audit_details`. The old chain is checked as it is moved: a break is
 * recorded with the re-chain (never laundered into a fresh, intact-looking chain).
 */
export function rechainAuditTrail(db: Db, now: Date = new Date()): void {
  const insert = db.prepare(
    'INSERT INTO audit_events (seq, body, prev_hash, hash) VALUES (?, ?, ?, ?)',
  );
  const insertDetails = db.prepare('INSERT INTO audit_details (seq, salt, details) VALUES (?, ?, ?)');
  let oldPrev = GENESIS_HASH;
  let newPrev = GENESIS_HASH;
  let oldSeq = 0;
  let expected = 1;
  let problem: string | null = null;
  // Read in batches (a connection cannot write while a read is still open on it), memory flat.
  const batch = db.prepare('SELECT * FROM audit_events_v1 WHERE seq > ? ORDER BY seq LIMIT 4096');
  for (let rows = batch.all(0) as LegacyRow[]; rows.length; rows = batch.all(oldSeq) as LegacyRow[]) {
    for (const r of rows) {
      if (problem === null) {
        if (r.seq !== expected) problem = `event ${expected} was missing`;
        else if (r.prev_hash !== oldPrev) problem = `event ${r.seq} did not follow event ${r.seq - 1}`;
        else if (legacyHash(r) !== r.hash) problem = `event ${r.seq} had been changed after it was written`;
      }
      const split = splitPersonal(JSON.parse(r.summary) as Record<string, unknown>, r.entity_type);
      let commitment: string | null = null;
      if (split.details) {
        const salt = randomBytes(16);
        const json = canonicalJson(split.details);
        commitment = commitmentOf(salt, json);
        insertDetails.run(r.seq, salt, json);
      }
      const body = encodeBody({
        seq: r.seq, at: r.at, actor: r.actor, operation: r.operation, entityType: r.entity_type, entityId: r.entity_id,
        summary: split.summary, commitment, legacyHash: r.hash,
      });
      const hash = chainHash(newPrev, body);
      insert.run(r.seq, body, newPrev, hash);
      oldPrev = r.hash;
      newPrev = hash;
      oldSeq = r.seq;
      expected = r.seq + 1;
    }
  }
  db.exec('DROP TABLE audit_events_v1');
  db.prepare('INSERT INTO audit_rechains (at, old_seq, old_hash, new_hash, old_chain_intact, old_chain_problem) VALUES (?, ?, ?, ?, ?, ?)').run(
    now.toISOString(), oldSeq, oldPrev, newPrev, problem === null ? 1 : 0, problem,
  );
}
