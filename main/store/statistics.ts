// The query planner's statistics, kept fresh on every open: without them a filtered list over
// 100,000 requests sorts in a temp B-tree (~350 ms) instead of walking the due-date index (~15 ms).
//
// `PRAGMA optimize` analyses only tables whose statistics are missing or stale, but ANALYZE writes
// no statistics row for an EMPTY table WITHOUT indexes (request_holds, breach_files, file_bodies in
// a new workbench), so optimize analysed each of them again on every open: a third of the time from
// key to dashboard at 2,000 requests. Such a table gets a row saying it is empty, once; when it
// gains rows, optimize sees it has grown and analyses it for real.
import type { Db } from './database';

// 0x10000: check every table, not only those this connection has used (none, right after open);
// 0x10: with SQLite's temporary analysis limit, so a table that grew a lot (the audit trail, a
// 100,000-row import) is sampled in milliseconds rather than read whole while the user waits;
// 0x2: analyse; 0x1: dry run, only list what would be analysed.
export function refreshStatistics(db: Db): void {
  // Dry run first (0x1): the tables optimize would analyse. Nothing: nothing to do, the usual case.
  const due = (db.pragma('optimize=0x10013') as Array<{ optimize: string }>).map((r) => /"main"\."(.+)"$/.exec(r.optimize)?.[1]).filter((t): t is string => !!t);
  if (!due.length) return;
  db.pragma('optimize=0x10012');
  const hasStat1 = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'sqlite_stat1'").get();
  if (!hasStat1) return;
  const indexes = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = ?").pluck();
  const recorded = db.prepare('SELECT count(*) FROM sqlite_stat1 WHERE tbl = ?').pluck();
  const seed = db.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, NULL, '0')");
  for (const table of due) {
    if ((indexes.get(table) as number) > 0 || (recorded.get(table) as number) > 0) continue;
    const empty = !db.prepare(`SELECT 1 FROM "${table.replace(/"/g, '""')}" LIMIT 1`).get();
    if (empty) seed.run(table);
  }
}
