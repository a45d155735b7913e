// Records a retention purge has pseudonymised keep their dates and counts only; every register's
// write path refuses them through this one check.
import type { Db } from './database';
import { stmt } from './statements';
import { RecordPurgedError } from '../../shared/errors';

export function refuseIfPurged(db: Db, table: 'disclosures' | 'breaches', id: number, ref: string): void {
  const at = stmt(db, `SELECT purged_at FROM ${table} WHERE id = ?`).pluck().get(id) as string | null | undefined;
  if (at) throw new RecordPurgedError(ref, at.slice(0, 10));
}
