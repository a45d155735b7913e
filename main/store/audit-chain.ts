// The hash chain over audit_events. hash = SHA-256("dpo-audit-v1\n" + canonical encoding of the
// event including prev_hash). The first event's prev_hash is 64 zeros.
import { createHash } from 'node:crypto';
import type { AuditEvent, AuditVerification } from '../../shared/model/audit';
import { stmt } from './statements';
import type { Db } from './database';
import { canonicalJson } from './canonical-json';
import { currentCheckpoints, recordedHead } from './checkpoints';

export const GENESIS_HASH = '0'.repeat(64);
const DOMAIN = 'dpo-audit-v1\n';

export interface AuditRow {
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

export interface NewAuditEvent {
  entityType: string;
  entityId: string | null;
  summary: Record<string, unknown>;
}

/** The exact bytes that are hashed: every column but `hash`, in a fixed order. */
export function eventHash(e: Omit<AuditRow, 'hash'>): string {
  const encoded = canonicalJson([e.seq, e.at, e.actor, e.operation, e.entity_type, e.entity_id, e.summary, e.prev_hash]);
  return createHash('sha256').update(DOMAIN).update(encoded).digest('hex');
}

// The two statements every audited write runs come from the store's statement cache: preparing
// them on each append cost more than the hash and the insert together (test/bench, audited_write).
const HEAD_SQL = 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1';
const INSERT_SQL = `INSERT INTO audit_events (seq, at, actor, operation, entity_type, entity_id, summary, prev_hash, hash)
     VALUES (@seq, @at, @actor, @operation, @entity_type, @entity_id, @summary, @prev_hash, @hash)`;

export function auditHead(db: Db): { seq: number; hash: string } {
  const row = stmt(db, HEAD_SQL).get() as { seq: number; hash: string } | undefined;
  return row ?? { seq: 0, hash: GENESIS_HASH };
}

/** Appends one event after the current head. Call inside the transaction of the change it records. */
export function appendAuditEvent(db: Db, actor: string, operation: string, at: string, e: NewAuditEvent): AuditRow {
  const head = auditHead(db);
  const row: Omit<AuditRow, 'hash'> = {
    seq: head.seq + 1,
    at,
    actor,
    operation,
    entity_type: e.entityType,
    entity_id: e.entityId,
    summary: canonicalJson(e.summary),
    prev_hash: head.hash,
  };
  const full: AuditRow = { ...row, hash: eventHash(row) };
  stmt(db, INSERT_SQL).run(full);
  return full;
}

export function toAuditEvent(r: AuditRow): AuditEvent {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    operation: r.operation,
    entityType: r.entity_type,
    entityId: r.entity_id,
    summary: JSON.parse(r.summary) as Record<string, unknown>,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * Recomputes the whole chain in seq order. A gap (deleted row), a row whose prev_hash is not the
 * previous row's hash (reordered or inserted), or a row whose content no longer matches its hash
 * (edited) stops the walk at that seq. Checkpoints printed on reports must still be on the chain.
 */
export function verifyAuditChain(db: Db, dataDir: string | null): AuditVerification {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let events = 0;
  let firstBadSeq: number | null = null;
  let problem: string | null = null;
  const rows = db.prepare('SELECT seq, at, actor, operation, entity_type, entity_id, summary, prev_hash, hash FROM audit_events ORDER BY seq').iterate() as IterableIterator<AuditRow>;
  const hashesAtCheckpoints = new Map<number, string>();
  const checkpoints = dataDir ? currentCheckpoints(dataDir) : [];
  const wanted = new Set(checkpoints.map((c) => c.seq));
  for (const row of rows) {
    if (row.seq !== expectedSeq) {
      firstBadSeq = expectedSeq;
      problem = `event ${expectedSeq} is missing (the next event found is ${row.seq})`;
      break;
    }
    if (row.prev_hash !== prev) {
      firstBadSeq = row.seq;
      problem = `event ${row.seq} does not follow event ${row.seq - 1} (moved, inserted or replaced)`;
      break;
    }
    if (eventHash(row) !== row.hash) {
      firstBadSeq = row.seq;
      problem = `event ${row.seq} was changed after it was written`;
      break;
    }
    if (wanted.has(row.seq)) hashesAtCheckpoints.set(row.seq, row.hash);
    prev = row.hash;
    expectedSeq++;
    events++;
  }
  if (firstBadSeq !== null) (rows as unknown as { return?: () => void }).return?.();
  const missing = firstBadSeq === null ? checkpoints.filter((c) => hashesAtCheckpoints.get(c.seq) !== c.hash) : [];
  if (firstBadSeq === null && missing.length) {
    problem = `${missing.length} recorded checkpoint(s) (printed on reports, or recorded at lock and backup) are no longer on the chain (first: event ${missing[0]!.seq}); the trail was rebuilt or truncated`;
  }
  return {
    ok: firstBadSeq === null && missing.length === 0,
    events,
    head: prev,
    firstBadSeq,
    problem,
    checkpoints: { total: checkpoints.length, missing },
  };
}

export interface HeadProblem {
  kind: 'rolledBack' | 'replaced';
  detail: string;
}

/**
 * Compares the chain with the most advanced head recorded outside the database (at lock, close,
 * backup, and on every printed report). Behind it: an older copy of the file was put back, and
 * everything recorded since is gone. Beside it (same seq, other hash): the trail was rebuilt or
 * the file swapped for another one. One indexed read, so it runs on every open.
 */
export function headProblem(db: Db, dataDir: string): HeadProblem | null {
  const recorded = recordedHead(dataDir);
  if (!recorded) return null;
  const head = auditHead(db);
  const when = `recorded at ${recorded.purpose} on ${recorded.at}`;
  if (head.seq < recorded.seq) {
    return { kind: 'rolledBack', detail: `was rolled back: its audit trail ends at event ${head.seq}, but event ${recorded.seq} was ${when}` };
  }
  const row = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(recorded.seq) as { hash: string } | undefined;
  if (recorded.seq > 0 && row?.hash !== recorded.hash) {
    return { kind: 'replaced', detail: `does not carry the audit trail recorded outside it: event ${recorded.seq} differs from the one ${when} (the file was replaced or the trail rebuilt)` };
  }
  return null;
}
