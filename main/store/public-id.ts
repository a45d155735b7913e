// Public ids: what the contract may hand out for a record, generated here in Node (UUIDv7: time
// ordered, so an index on it stays append-mostly) rather than by the database, so a later server
// on another database hands out the same kind of id. Integer row ids stay internal.
import { v7 as uuidv7 } from 'uuid';
import type { Db } from './database';

export function newPublicId(): string {
  return uuidv7();
}

/** Tables whose rows carry a public id (migration 0008). */
const WITH_PUBLIC_ID = ['requests', 'files'] as const;

/**
 * Gives every existing row without one its public id, oldest row first so the ids' time order
 * follows the rows'. Runs inside the migration's transaction (migrate.ts).
 */
export function backfillPublicIds(db: Db): void {
  for (const table of WITH_PUBLIC_ID) {
    const ids = db.prepare(`SELECT id FROM ${table} WHERE public_id IS NULL ORDER BY id`).pluck().all() as number[];
    const set = db.prepare(`UPDATE ${table} SET public_id = ? WHERE id = ?`);
    for (const id of ids) set.run(newPublicId(), id);
  }
}
