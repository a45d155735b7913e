// The next number of a register's reference for a year (DSR-2026-00042 is DSR's 42nd of 2026).
// Taken from a counter row inside the caller's write transaction: the upsert holds the write lock
// (and on a server would hold the row lock), so two writers can never draw the same number.
import type { Db } from './database';
import { stmt } from './statements';

export function nextReferenceNumber(db: Db, prefix: string, year: number): number {
  const row = stmt(
    db,
    `INSERT INTO reference_counters (prefix, year, last) VALUES (?, ?, 1)
     ON CONFLICT (prefix, year) DO UPDATE SET last = last + 1
     RETURNING last`,
  ).get(prefix, year) as { last: number };
  return row.last;
}
