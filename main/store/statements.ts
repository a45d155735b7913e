// Prepared statements cached per connection, for every repository. Preparing a statement costs
// more than running a small one (measured on the audited write: preparing the head read and the
// insert on each append cost more than the hash and the insert together), and the list, the import
// and the audit chain run the same few statements many times. Keyed by connection, so a closed or
// re-keyed database never sees another connection's statements.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database';

type Mode = 'rows' | 'raw' | 'pluck';

const caches: Record<Mode, WeakMap<Db, Map<string, Statement>>> = {
  rows: new WeakMap(),
  raw: new WeakMap(),
  pluck: new WeakMap(),
};

function cached(mode: Mode, db: Db, sql: string): Statement {
  let m = caches[mode].get(db);
  if (!m) caches[mode].set(db, (m = new Map()));
  let s = m.get(sql);
  if (!s) {
    s = db.prepare(sql);
    if (mode === 'raw') s.raw(true);
    else if (mode === 'pluck') s.pluck(true);
    m.set(sql, s);
  }
  return s;
}

/** A cached statement that returns rows as objects. */
export function stmt(db: Db, sql: string): Statement {
  return cached('rows', db, sql);
}

/** A cached statement that returns its first column's values (pluck mode). */
export function pluckStmt(db: Db, sql: string): Statement {
  return cached('pluck', db, sql);
}

/**
 * A cached statement that returns rows as arrays (raw mode), kept apart from `stmt`'s objects:
 * better-sqlite3 builds arrays about twice as fast as objects with named keys, which matters for
 * list pages of 100 rows.
 */
export function rawStmt(db: Db, sql: string): Statement {
  return cached('raw', db, sql);
}
