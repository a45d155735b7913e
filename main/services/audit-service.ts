import type { AuditPage, AuditVerification } from '../../shared/model/audit';
import type { z } from 'zod';
import type { auditListInput } from '../../shared/model/audit';
import { toAuditEvent, verifyAuditChain, type AuditRow } from '../store/audit-chain';
import { recordCheckpoint } from '../store/checkpoints';
import type { Store } from '../store/store';
import type { FeatureHandlers } from '../../shared/handlers';
import type { auditOps } from '../../shared/ops/audit';
import type { Session } from './session';

export function listAudit(store: Store, q: z.output<typeof auditListInput>): AuditPage {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: q.limit };
  const columns = { operation: 'operation', entityType: 'entity_type', entityId: 'entity_id', actor: 'actor' } as const;
  for (const [key, column] of Object.entries(columns)) {
    const value = q[key as keyof typeof columns];
    if (value) {
      where.push(`${column} = @${key}`);
      params[key] = value;
    }
  }
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (store.db.prepare(`SELECT count(*) AS n FROM audit_events ${filter}`).get(params) as { n: number }).n;
  if (q.beforeSeq) {
    where.push('seq < @beforeSeq');
    params.beforeSeq = q.beforeSeq;
  }
  const pageFilter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = store.db.prepare(`SELECT * FROM audit_events ${pageFilter} ORDER BY seq DESC LIMIT @limit`).all(params) as AuditRow[];
  const events = rows.map(toAuditEvent);
  const last = events[events.length - 1];
  return { events, total, nextBeforeSeq: events.length === q.limit && last && last.seq > 1 ? last.seq : null };
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
