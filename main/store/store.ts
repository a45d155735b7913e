// The open, unlocked store. `tx` is the one way to write: the change and its audit event(s)
// commit together or not at all.
import type { Db } from './database';
import { appendAuditEvent, auditHead, type NewAuditEvent } from './audit-chain';

export interface TxContext {
  db: Db;
  /** Timestamp of this transaction (ISO 8601, UTC instant). */
  now: string;
  /** Records what changed; at least one call per transaction. */
  audit(event: NewAuditEvent): void;
}

export class MissingAuditEventError extends Error {
  constructor(operation: string) {
    super(`Transaction "${operation}" changed data without recording an audit event.`);
    this.name = 'MissingAuditEventError';
  }
}

export class Store {
  constructor(
    readonly db: Db,
    readonly dataDir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Runs `fn` in one IMMEDIATE transaction (takes the write lock up front, so two writers never
   * deadlock on upgrade) and appends its audit events in the same transaction.
   */
  tx<T>(actor: string, operation: string, fn: (t: TxContext) => T): T {
    return this.db
      .transaction(() => {
        const now = this.clock().toISOString();
        const pending: NewAuditEvent[] = [];
        const result = fn({ db: this.db, now, audit: (e) => void pending.push(e) });
        if (pending.length === 0) throw new MissingAuditEventError(operation);
        for (const e of pending) appendAuditEvent(this.db, actor, operation, now, e);
        return result;
      })
      .immediate();
  }

  head(): { seq: number; hash: string } {
    return auditHead(this.db);
  }

  close(): void {
    if (this.db.open) {
      // Fold the WAL back so the -wal file does not keep recent pages around after lock.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A busy checkpoint is harmless: the WAL is encrypted too and replays on next open.
      }
      this.db.close();
    }
  }
}
