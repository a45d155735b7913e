import { z } from 'zod';
import { pagedListInput, type Page } from './paging';

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  operation: string;
  entityType: string;
  entityId: string | null;
  /** Field names with old/new values; never a whole document or attachment body. */
  summary: Record<string, unknown>;
  /** Personal details kept beside the chain (erasable); null when there are none or they were erased. */
  details: Record<string, unknown> | null;
  /** The event had details and retention erased them; the chain still holds their commitment. */
  detailsErased: boolean;
  prevHash: string;
  hash: string;
}

export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  /** What printed it, e.g. "audit-pack", "export", "backup". */
  purpose: string;
  /** A re-chain ("rechain"): the head's hash before the chain was recomputed. */
  previousHash?: string;
}

export interface AuditVerification {
  ok: boolean;
  events: number;
  head: string;
  firstBadSeq: number | null;
  /** Human-readable reason when not ok. */
  problem: string | null;
  checkpoints: { total: number; missing: AuditCheckpoint[] };
  /**
   * The boundaries where the chain was recomputed (the move to erasable details): heads printed
   * before one are checked against the hashes the events had then.
   */
  rechains: Array<{ oldSeq: number; oldHash: string; newHash: string; at: string; oldChainIntact: boolean; oldChainProblem: string | null }>;
}

export const auditFilterSchema = z.object({
  operation: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
});

/** Newest first; `cursor` pages backwards: events with a lower seq than it. */
export const auditListInput = pagedListInput(auditFilterSchema, { cursor: true, maxLimit: 500 });

export type AuditPage = Page<AuditEvent>;
