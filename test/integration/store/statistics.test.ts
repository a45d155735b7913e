// The planner's statistics on open: PRAGMA optimize analyses only what is missing or stale. An
// empty table without indexes never gets a statistics row from ANALYZE, and was analysed again on
// every open (a third of the time from key to dashboard on a small workbench). After one open,
// optimize finds nothing to do; a table that then fills up is analysed for real.
import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../../main/store/database';
import { tempDir } from '../../support/temp';

let db: Db | null = null;
afterEach(() => db?.close());

const wouldAnalyse = (d: Db) => (d.pragma('optimize=0x10003') as Array<{ optimize: string }>).map((r) => r.optimize);

describe('statistics on open', () => {
  it('leaves optimize nothing to re-analyse on the next open, and analyses a table once it fills', () => {
    const file = join(tempDir('dpo-stats-'), 'workbench.db');
    const key = randomBytes(32);
    openDatabase(file, key, { create: true }).close();
    db = openDatabase(file, key);
    expect(wouldAnalyse(db)).toEqual([]);
    // An empty, index-less table is recorded as empty rather than analysed again each time.
    expect(db.prepare("SELECT stat FROM sqlite_stat1 WHERE tbl = 'request_holds' AND idx IS NULL").pluck().get()).toBe('0');

    db.exec('PRAGMA foreign_keys = OFF');
    const hold = db.prepare("INSERT INTO request_holds (request_id, until, reason, set_at, set_by) VALUES (?, '2030-01-01', 'r', 'now', 't')");
    db.transaction(() => {
      for (let i = 1; i <= 500; i++) hold.run(i);
    })();
    db.close();
    db = openDatabase(file, key);
    // Grown from empty: analysed on this open, with its real row count.
    expect(db.prepare("SELECT stat FROM sqlite_stat1 WHERE tbl = 'request_holds' AND idx IS NULL").pluck().get()).toBe('500');
    expect(wouldAnalyse(db)).toEqual([]);
  });
});
