import type { AuditPage, AuditVerification } from '../../shared/model/audit';
import type { z } from 'zod';
import type { auditListInput } from '../../shared/model/audit';
import { listPage, type ListSpec } from '../store/register-list';
import { GENESIS_HASH, hexHash, toAuditEvent, verifyAuditChain, type AuditRow } from '../store/audit-chain';
import { recordCheckpoint } from '../store/checkpoints';
import type { Store } from '../store/store';
import type { FeatureHandlers } from '../../shared/handlers';
import type { auditOps } from '../../shared/ops/audit';
import type { Session } from './session';

const AUDIT_LIST: ListSpec<'operation' | 'entityType' | 'entityId' | 'actor', 'seq'> = {
  table: 'audit_events',
  equals: { operation: 'operation', entityType: 'entity_type', entityId: 'entity_id', actor: 'actor' },
  sorts: { seq: 'seq' },
  cursorColumn: 'seq',
};

/** Newest first, paged backwards by seq, so events appended meanwhile never shift a page. */
export function listAudit(store: Store, q: z.output<typeof auditListInput>): AuditPage {
  const page = listPage<AuditRow, 'operation' | 'entityType' | 'entityId' | 'actor', 'seq'>(store.db, AUDIT_LIST, { filter: q, sort: 'seq', dir: 'desc', limit: q.limit, offset: 0, cursor: q.cursor });
  const details = detailsOf(store, page.rows.map((r) => r.seq));
  const prevs = previousHashes(store, page.rows.map((r) => r.seq));
  const rows = page.rows.map((r) => toAuditEvent(r, prevs.get(r.seq) ?? GENESIS_HASH, details.get(r.seq)));
  // seq 1 is the first event: nothing comes before it.
  return { ...page, rows, nextCursor: page.nextCursor !== null && page.nextCursor > 1 ? page.nextCursor : null };
}

/** The kept details of these events (erased ones are absent), in one read. */
function detailsOf(store: Store, seqs: number[]): Map<number, string> {
  if (!seqs.length) return new Map();
  const rows = store.db.prepare('SELECT seq, details FROM audit_details WHERE seq IN (SELECT value FROM json_each(?))').all(JSON.stringify(seqs)) as Array<{ seq: number; details: string }>;
  return new Map(rows.map((r) => [r.seq, r.details]));
}

/** Each event's predecessor's hash (not stored twice: it is the previous row's hash), in one read. */
function previousHashes(store: Store, seqs: number[]): Map<number, string> {
  if (!seqs.length) return new Map();
  const rows = store.db.prepare('SELECT seq + 1 AS seq, hash FROM audit_events WHERE seq IN (SELECT value - 1 FROM json_each(?))').all(JSON.stringify(seqs)) as Array<{ seq: number; hash: Buffer }>;
  return new Map(rows.map((r) => [r.seq, hexHash(r.hash)]));
}

export function verifyAudit(store: Store): AuditVerification {
  return verifyAuditChain(store.db, store.dataDir);
}

/**
 * Called by every report and export that prints the head: remembers it so a later rebuild of the
 * chain is detected. Returns what to print.
 */
export function checkpointHead(store: Store, purpose: string): { seq: number; hash: string } {
  const head = store.head();
  recordCheckpoint(store.dataDir, { seq: head.seq, hash: head.hash, at: new Date().toISOString(), purpose });
  return head;
}

export function auditHandlers(session: Session): FeatureHandlers<typeof auditOps> {
  return {
    'audit.list': (i) => listAudit(session.requireStore(), i),
    'audit.verify': () => verifyAudit(session.requireStore()),
  };
}
