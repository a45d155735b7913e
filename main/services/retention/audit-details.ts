// The erasable half of audit events (audit_details, beside the hash chain): a purged record's
// details and their salts go, so the salted commitment in the hashed body can no longer be
// opened, while the chain itself verifies as before.
import type { Db } from '../../store/database';

/** Audit events about a record that still keep personal details. */
export function detailSeqs(db: Db, entityType: string, entityId: string): number[] {
  return db
    .prepare('SELECT d.seq FROM audit_details d JOIN audit_events a ON a.seq = d.seq WHERE a.entity_type = ? AND a.entity_id = ?')
    .pluck()
    .all(entityType, entityId) as number[];
}

export function eraseDetails(db: Db, seqs: readonly number[]): number {
  const erase = db.prepare('DELETE FROM audit_details WHERE seq = ?');
  for (const s of seqs) erase.run(s);
  return seqs.length;
}
