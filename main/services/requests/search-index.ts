// The search index (FTS5 trigram, migration 0002) is written by the code that inserts a request,
// not by a trigger (migration 0004). FTS5 writes out the terms it holds in memory whenever a
// statement opens a savepoint, and any statement that fires a trigger does: rows indexed one at
// a time between other inserts each become their own index segment, merged again and again.
// So one create indexes its row at once, and an import queues its rows and indexes them together
// at the end of its transaction (measured in the benchmarks issue: 20,000 rows, 1.6 s
// interleaved against 0.45 s together, on the index alone).
import type { Db } from '../../store/database';
import { stmt } from './repo';

export interface SearchRow {
  id: number;
  ref: string;
  name: string;
  email: string;
  customerId: string | null;
  /** The name's plain-letter spellings (shared/text/fold.ts searchForms), stored in requests.name_folded. */
  nameFolded: string;
}

export interface SearchIndexer {
  add(row: SearchRow): void;
  /** Writes what `add` queued; call inside the same transaction, after the last insert. */
  flush(): void;
}

function write(db: Db, r: SearchRow): void {
  stmt(db, 'INSERT INTO requests_fts (rowid, ref, name, email, customer_id, name_folded) VALUES (?, ?, ?, ?, ?, ?)').run(
    r.id, r.ref, r.name, r.email, r.customerId, r.nameFolded,
  );
}

/** Indexes each row as it is added: for a single create. */
export function indexNow(db: Db): SearchIndexer {
  return { add: (row) => write(db, row), flush: () => undefined };
}

/** Queues rows and indexes them together on `flush`: for an import. */
export function indexTogether(db: Db): SearchIndexer {
  const queued: SearchRow[] = [];
  return {
    add: (row) => void queued.push(row),
    flush: () => {
      for (const row of queued) write(db, row);
      queued.length = 0;
    },
  };
}
