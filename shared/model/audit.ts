import { z } from 'zod';

export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  operation: string;
  entityType: string;
  entityId: string | null;
  /** Field names with old/new values; never a whole document or attachment body. */
  summary: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditCheckpoint {
  seq: number;
  hash: string;
  at: string;
  /** What printed it, e.g. "audit-pack", "export", "backup". */
  purpose: string;
}

export interface AuditVerification {
  ok: boolean;
  events: number;
  head: string;
  firstBadSeq: number | null;
  /** Human-readable reason when not ok. */
  problem: string | null;
  checkpoints: { total: number; missing: AuditCheckpoint[] };
}

export const auditListInput = z.object({
  operation: z.string().max(100).optional(),
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(100).optional(),
  actor: z.string().max(200).optional(),
  /** Events with seq below this (paging backwards from newest). */
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export interface AuditPage {
  events: AuditEvent[];
  nextBeforeSeq: number | null;
  total: number;
}
