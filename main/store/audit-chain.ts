// The hash chain over audit_events, format 2. Each row stores the exact bytes that are hashed
// (`body`: the canonical JSON of [seq, at, actor, operation, entity_type, entity_id, summary,
// commitment, legacy_hash]) and hash = SHA-256("dpo-audit-v2\n" + hex(previous hash) + "\n" + body),
// stored as its 32 bytes (migration 0019; the previous hash is the previous row's, not stored again).
// Verifying reads those bytes as stored, in batches, without building an object per row, and
// hashes each batch on a second thread while the next is read (audit-verify-hasher.ts).
//
// Nothing personal is hashed: a chain can never be changed, and personal data must be erasable
// once its retention period ends (GDPR Art. 5(1)(e), Art. 17). Personal details an event should
// show go into audit_details (erasable); the hashed body holds only a salted commitment to them,
// SHA-256(salt + details). Erasing the details row (salt included) leaves the chain verifiable and
// the details unrecoverable: without the salt, guessing a name from the commitment is not possible.
import { createHash, randomBytes } from 'node:crypto';
import { AUDIT_DOMAIN, inlineHasher, workerHasher, type BatchHasher } from './audit-verify-hasher';
import type { AuditEvent, AuditVerification } from '../../shared/model/audit';
import { personalPaths } from '../../shared/model/personal';
import { stmt } from './statements';
import type { Db } from './database';
import { canonicalJson } from './canonical-json';
import { currentCheckpoints, recordCheckpoint, recordedHead } from './checkpoints';

export const GENESIS_HASH = '0'.repeat(64);
const DOMAIN = Buffer.from(AUDIT_DOMAIN);
const NEWLINE = Buffer.from('\n');

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  operation: string;
  entity_type: string;
  entity_id: string | null;
  body: Buffer;
  /** 32 bytes (hex text in databases before migration 0019). */
  hash: Buffer | string;
}

/** A stored hash as the hex the chain is defined over, whichever format the row has. */
export function hexHash(h: Buffer | string): string {
  return typeof h === 'string' ? h : h.toString('hex');
}

export interface NewAuditEvent {
  entityType: string;
  entityId: string | null;
  /** Record ids, operation and non-personal facts: hashed, kept for ever. */
  summary: Record<string, unknown>;
  /** Personal details the trail should show (a requester's name): erasable, committed to by hash. */
  details?: Record<string, unknown> | null;
}

/** The fields of one event as hashed; `legacyHash` is the event's hash before the format change. */
export type HashedFields = Pick<AuditEvent, 'seq' | 'at' | 'actor' | 'operation' | 'entityType' | 'entityId' | 'summary'> & {
  commitment: string | null;
  legacyHash: string | null;
};

export class PersonalDataInAuditSummaryError extends Error {
  constructor(operation: string, paths: string[]) {
    super(`The audit summary of "${operation}" contains personal fields (${paths.join(', ')}); pass them as the event's details, which can be erased.`);
    this.name = 'PersonalDataInAuditSummaryError';
  }
}

export function encodeBody(f: HashedFields): Buffer {
  return Buffer.from(canonicalJson([f.seq, f.at, f.actor, f.operation, f.entityType, f.entityId, f.summary, f.commitment, f.legacyHash]), 'utf8');
}

export function decodeBody(body: Buffer): HashedFields {
  const [seq, at, actor, operation, entityType, entityId, summary, commitment, legacyHash] = JSON.parse(body.toString('utf8')) as [
    number, string, string, string, string, string | null, Record<string, unknown>, string | null, string | null,
  ];
  return { seq, at, actor, operation, entityType, entityId, summary, commitment, legacyHash };
}

export function chainHash(prevHash: string, body: Buffer): string {
  return createHash('sha256').update(DOMAIN).update(prevHash).update(NEWLINE).update(body).digest('hex');
}

/** SHA-256(salt + canonical details): the only trace of the details in the hashed bytes. */
export function commitmentOf(salt: Buffer, detailsJson: string): string {
  return createHash('sha256').update(salt).update(detailsJson).digest('hex');
}

const HEAD_SQL = 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1';
// The filter columns (at, actor, operation, entity_type, entity_id) are generated from the body.
const INSERT_SQL = 'INSERT INTO audit_events (seq, body, hash) VALUES (?, ?, ?)';
const INSERT_DETAILS_SQL = 'INSERT INTO audit_details (seq, salt, details) VALUES (?, ?, ?)';

export function auditHead(db: Db): { seq: number; hash: string } {
  // Also asked before migrations run (the open's restore check), when the hash may still be hex text.
  const row = stmt(db, HEAD_SQL).get() as { seq: number; hash: Buffer | string } | undefined;
  return row ? { seq: row.seq, hash: hexHash(row.hash) } : { seq: 0, hash: GENESIS_HASH };
}

/**
 * Appends one event after the current head. Call inside the transaction of the change it records.
 * Refuses a summary that names a personal field (shared/model/personal.ts).
 */
export function appendAuditEvent(db: Db, actor: string, operation: string, at: string, e: NewAuditEvent): AuditRow & { hash: string; prevHash: string } {
  const personal = personalPaths(e.summary, e.entityType);
  if (personal.length) throw new PersonalDataInAuditSummaryError(operation, personal);
  const head = auditHead(db);
  const seq = head.seq + 1;
  let commitment: string | null = null;
  if (e.details && Object.keys(e.details).length) {
    const salt = randomBytes(16);
    const json = canonicalJson(e.details);
    commitment = commitmentOf(salt, json);
    stmt(db, INSERT_DETAILS_SQL).run(seq, salt, json);
  }
  const body = encodeBody({ seq, at, actor, operation, entityType: e.entityType, entityId: e.entityId, summary: e.summary, commitment, legacyHash: null });
  const hash = chainHash(head.hash, body);
  stmt(db, INSERT_SQL).run(seq, body, Buffer.from(hash, 'hex'));
  return { seq, at, actor, operation, entity_type: e.entityType, entity_id: e.entityId, body, prevHash: head.hash, hash };
}

/**
 * The event as hashed (read from its body, not from the filter columns) with its details, if kept.
 * `prevHash` is the previous event's hash (GENESIS_HASH before the first).
 */
export function toAuditEvent(r: AuditRow, prevHash: string, details: string | null | undefined): AuditEvent {
  const f = decodeBody(r.body);
  return {
    seq: f.seq,
    at: f.at,
    actor: f.actor,
    operation: f.operation,
    entityType: f.entityType,
    entityId: f.entityId,
    summary: f.summary,
    details: details ? (JSON.parse(details) as Record<string, unknown>) : null,
    detailsErased: f.commitment !== null && !details,
    prevHash,
    hash: hexHash(r.hash),
  };
}

/** Events read per batch while verifying: memory stays flat whatever the length of the trail. */
const VERIFY_BATCH = 16384;

// One row per batch: the bodies concatenated into one blob (with their lengths) and the 32-byte
// hashes concatenated into another. Reading each row as an array (one object per row) was what
// made verify cost more than the hashing itself (measured with test/bench/audit-verify-only.ts).
// The aggregates take the rows in the subquery's seq order. An ORDER BY inside each aggregate
// would make that explicit but sorts every batch again (2-3x the read); rows out of order could
// only make verify report a break, never pass a broken chain, since each body is hashed onto
// its predecessor's hash.
const VERIFY_BATCH_SQL = `SELECT count(*), min(seq), max(seq),
    group_concat(length(body), ','), CAST(group_concat(body, '') AS BLOB), CAST(group_concat(hash, '') AS BLOB)
  FROM (SELECT seq, body, hash FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT ?)`;

type VerifyBatch = [number, number | null, number | null, string | null, Buffer | null, Buffer | null];

/**
 * Why an event's hash does not match. Its body starts with the seq it was written at: another seq
 * means the row was moved or put in from elsewhere; its own seq means its bytes or hash were edited
 * (or a row before it was replaced, which the walk would have caught there).
 */
function mismatch(seq: number, body: Buffer): string {
  return body.toString('latin1', 0, 24).startsWith(`[${seq},`)
    ? `event ${seq} was changed after it was written`
    : `event ${seq} does not follow event ${seq - 1} (moved, inserted or replaced)`;
}

/** The first seq from `from` on that has no row (a batch whose seqs are not contiguous). */
function firstGap(db: Db, from: number, batchSize: number): number {
  const seqs = db.prepare('SELECT seq FROM audit_events WHERE seq >= ? ORDER BY seq LIMIT ?').pluck().all(from, batchSize) as number[];
  let expected = from;
  for (const s of seqs) {
    if (s !== expected) return expected;
    expected++;
  }
  return expected;
}

/** One re-chain: the head before and after, so heads printed before it still verify. */
export interface Rechain {
  oldSeq: number;
  oldHash: string;
  newHash: string;
  at: string;
  oldChainIntact: boolean;
  oldChainProblem: string | null;
}

export function rechains(db: Db): Rechain[] {
  return db
    .prepare('SELECT old_seq AS oldSeq, old_hash AS oldHash, new_hash AS newHash, at, old_chain_intact AS intact, old_chain_problem AS oldChainProblem FROM audit_rechains ORDER BY id')
    .all()
    .map((r) => {
      const { intact, ...rest } = r as Rechain & { intact: number };
      return { ...rest, oldChainIntact: intact === 1 };
    });
}

/**
 * The hash an event had before the format change (kept inside its hashed body), or null. A head
 * printed before the re-chain names that hash.
 */
export function legacyHashAt(db: Db, seq: number): string | null {
  // Asked before migrations too (the open's head check): a database still in format 1 has no body
  // column and no legacy hashes.
  const hasBody = (db.prepare(`SELECT count(*) FROM pragma_table_info('audit_events') WHERE name = 'body'`).pluck().get() as number) > 0;
  if (!hasBody) return null;
  const row = stmt(db, 'SELECT body FROM audit_events WHERE seq = ?').get(seq) as { body: Buffer } | undefined;
  return row ? decodeBody(row.body).legacyHash : null;
}

/**
 * Writes each re-chain into the checkpoints file beside the database (old head and new head in
 * one record), once: the recomputed chain is then anchored outside the database like any printed
 * head. Runs on every open after migrations; cheap when already recorded.
 */
export function anchorRechains(db: Db, dataDir: string): void {
  const recorded = new Set(currentCheckpoints(dataDir).filter((c) => c.purpose === RECHAIN_PURPOSE).map((c) => c.hash));
  for (const r of rechains(db)) {
    if (recorded.has(r.newHash)) continue;
    recordCheckpoint(dataDir, { seq: r.oldSeq, hash: r.newHash, previousHash: r.oldHash, at: r.at, purpose: RECHAIN_PURPOSE });
  }
}

export const RECHAIN_PURPOSE = 'rechain';

/** A recorded head is on the chain: the event's hash, or its hash before the re-chain. */
function onChain(db: Db, c: { seq: number; hash: string }, current: string | undefined): boolean {
  if (c.seq === 0) return true;
  if (current === c.hash) return true;
  return legacyHashAt(db, c.seq) === c.hash;
}

/**
 * Recomputes the whole chain in seq order. A gap (deleted row), or a row whose hash is not the
 * SHA-256 of its body on the previous row's hash (edited, reordered or inserted) stops the walk
 * at that seq. Checkpoints printed on reports must still be on the chain
 * (for heads printed before the re-chain: the hash the event had then).
 */
/** `batchSize` is for tests that cross batch boundaries with a few events. */
export function verifyAuditChain(db: Db, dataDir: string | null, batchSize = VERIFY_BATCH): AuditVerification {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let firstBadSeq: number | null = null;
  let problem: string | null = null;
  const checkpoints = dataDir ? currentCheckpoints(dataDir) : [];
  const wanted = [...new Set(checkpoints.map((c) => c.seq))];
  const hashesAtCheckpoints = new Map<number, string>();
  const batch = db.prepare(VERIFY_BATCH_SQL).raw();
  let hasher: BatchHasher | null = null;
  // The batch being hashed while the next one is read (at most one).
  let pending: { from: number; count: number; lengths: string[]; bodies: Buffer; storedHex: string } | null = null;
  // The stored hash the next batch's first event is chained onto.
  let chainedOnto = GENESIS_HASH;

  /** Takes the pending batch's answer: false when an event in it does not match. */
  const settle = (): boolean => {
    if (!pending) return true;
    const p = pending;
    pending = null;
    const bad = hasher!.wait();
    const good = bad === -1 ? p.count : bad;
    for (const seq of wanted) if (seq >= p.from && seq < p.from + good) hashesAtCheckpoints.set(seq, p.storedHex.slice((seq - p.from) * 64, (seq - p.from + 1) * 64));
    if (good > 0) prev = p.storedHex.slice((good - 1) * 64, good * 64);
    if (bad === -1) return true;
    let at = 0;
    for (let i = 0; i < bad; i++) at += +p.lengths[i]!;
    firstBadSeq = p.from + bad;
    problem = mismatch(firstBadSeq, p.bodies.subarray(at, at + +p.lengths[bad]!));
    return false;
  };

  try {
    for (;;) {
      const [n, min, max, lengths, bodies, stored] = batch.get(expectedSeq, batchSize) as VerifyBatch;
      if (n === 0) break;
      let gap: number | null = null;
      if (min !== expectedSeq || max! - min + 1 !== n) gap = min !== expectedSeq ? expectedSeq : firstGap(db, expectedSeq, batchSize);
      const count = gap === null ? n : gap - expectedSeq;
      const damaged = stored!.length !== n * 32;
      // Answers come in order: the previous batch's before anything found in this one.
      if (!settle()) break;
      if (damaged) {
        firstBadSeq = expectedSeq;
        problem = `the stored hashes of events ${expectedSeq} to ${expectedSeq + n - 1} are damaged`;
        break;
      }
      const storedHex = stored!.toString('hex');
      if (count > 0) {
        // A full first batch means more follow: worth a thread that hashes while this one reads.
        hasher ??= n === batchSize ? workerHasher() : inlineHasher();
        const len = lengths!.split(',', count);
        hasher.start({ prevHex: chainedOnto, lengths: len.join(','), bodies: bodies!, storedHex, count });
        pending = { from: expectedSeq, count, lengths: len, bodies: bodies!, storedHex };
      }
      if (gap !== null) {
        if (!settle()) break;
        const next = db.prepare('SELECT min(seq) FROM audit_events WHERE seq > ?').pluck().get(gap) as number;
        firstBadSeq = gap;
        problem = `event ${gap} is missing (the next event found is ${next})`;
        break;
      }
      chainedOnto = storedHex.slice((n - 1) * 64);
      expectedSeq += n;
      if (n < batchSize) break;
    }
    settle();
  } finally {
    hasher?.close();
  }
  const missing = firstBadSeq === null ? checkpoints.filter((c) => !onChain(db, c, hashesAtCheckpoints.get(c.seq))) : [];
  if (firstBadSeq === null && missing.length) {
    problem = `${missing.length} recorded checkpoint(s) (printed on reports, or recorded at lock and backup) are no longer on the chain (first: event ${missing[0]!.seq}); the trail was rebuilt or truncated`;
  }
  return {
    ok: firstBadSeq === null && missing.length === 0,
    events: firstBadSeq === null ? expectedSeq - 1 : firstBadSeq - 1,
    head: prev,
    firstBadSeq,
    problem,
    checkpoints: { total: checkpoints.length, missing },
    rechains: rechains(db),
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
 * the file swapped for another one. A head recorded before the re-chain matches the hash its
 * event had then. One or two indexed reads, so it runs on every open.
 */
export function headProblem(db: Db, dataDir: string): HeadProblem | null {
  const recorded = recordedHead(dataDir);
  if (!recorded) return null;
  const head = auditHead(db);
  const when = `recorded at ${recorded.purpose} on ${recorded.at}`;
  if (head.seq < recorded.seq) {
    return { kind: 'rolledBack', detail: `was rolled back: its audit trail ends at event ${head.seq}, but event ${recorded.seq} was ${when}` };
  }
  // Asked before migrations run: the hash may still be hex text.
  const row = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(recorded.seq) as { hash: Buffer | string } | undefined;
  if (!onChain(db, recorded, row ? hexHash(row.hash) : undefined)) {
    return { kind: 'replaced', detail: `does not carry the audit trail recorded outside it: event ${recorded.seq} differs from the one ${when} (the file was replaced or the trail rebuilt)` };
  }
  return null;
}
