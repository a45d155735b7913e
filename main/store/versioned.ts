// Optimistic concurrency for every register: each record has a `version` that every change bumps
// in the transaction that makes it. A caller that read version N and sends `expectedVersion: N`
// is refused when someone changed the record in between, instead of silently overwriting it.
import type { Db } from './database';
import { stmt } from './statements';

/** Tables whose rows carry `version` and `updated_at`; named here so SQL is never built from input. */
export const VERSIONED_TABLES = ['requests', 'disclosures', 'policy_revisions', 'processing_activities'] as const;
export type VersionedTable = (typeof VERSIONED_TABLES)[number];

/** Marks the record changed at `now` and bumps its version; call inside the change's transaction. */
export function bumpVersion(db: Db, table: VersionedTable, id: number, now: string): void {
  if (!(VERSIONED_TABLES as readonly string[]).includes(table)) throw new Error(`Not a versioned table: ${table}`);
  stmt(db, `UPDATE ${table} SET updated_at = ?, version = version + 1 WHERE id = ?`).run(now, id);
}
