// Write figures: the CSV import and single request creation through dispatch, each against raw
// prepared inserts of the same rows on a plain SQLite file with the same schema (indexes, FTS
// triggers, synchronous=FULL), so the ratio is what validation, deadlines, the audit chain and
// encryption cost on top of the bare writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../main/store/database';
import { median, medianOf, percentile, result, sampleMs, type Result } from '../measure';
import { createWorkbench, type Workbench } from '../workbench';
import { DATA_TABLES, FTS_COLUMNS, openPlainDb, storedColumns } from '../plain';
import { newPublicId } from '../../../main/store/public-id';

export interface ImportOutcome {
  results: Result[];
  /** The workbench of the last run when asked to keep it (it becomes the benchmark database). */
  workbench: Workbench | null;
  refs: string[];
}

export async function importFigure(dir: string, csv: string, rows: number, runs: number, keep: boolean): Promise<ImportOutcome> {
  const times: number[] = [];
  let kept: { wb: Workbench; refs: string[] } | null = null;
  for (let i = 0; i < runs; i++) {
    if (kept) {
      kept.wb.close();
      rmSync(kept.wb.dataDir, { recursive: true, force: true });
    }
    const wb = await createWorkbench(mkdtempSync(join(dir, 'import-')));
    const t0 = performance.now();
    const res = await wb.call('request.import', { csv });
    times.push(performance.now() - t0);
    if (res.imported !== rows) throw new Error(`import took ${res.imported} of ${rows} rows; first rejection: ${JSON.stringify(res.rejected[0])}`);
    kept = { wb, refs: res.refs };
  }
  const db = kept!.wb.core.session.requireStore().db;
  const raw = await rawInsertMs(dir, db, runs);
  const label = rows >= 1000 ? `${Math.round(rows / 1000)}k` : String(rows);
  if (!keep) {
    kept!.wb.close();
    rmSync(kept!.wb.dataDir, { recursive: true, force: true });
  }
  return {
    results: [result(`import_${label}`, 'ms', median(times), raw)],
    workbench: keep ? kept!.wb : null,
    refs: kept!.refs,
  };
}

/**
 * Baseline: the rows the import wrote (requests, types, timeline, audit events, search index)
 * re-inserted with one prepared statement per table in one transaction into a fresh plain file,
 * schema migrated (so its indexes and summary triggers do the same work as the app's).
 */
async function rawInsertMs(dir: string, source: Db, runs: number): Promise<number> {
  const tables = DATA_TABLES.filter((t) => t !== 'settings');
  const data = tables.map((t) => {
    const columns = storedColumns(source, t);
    return { t, columns, rows: source.prepare(`SELECT ${columns} FROM ${t}`).raw().all() as unknown[][] };
  });
  const search = source.prepare(`SELECT id, ${FTS_COLUMNS} FROM requests`).raw().all() as unknown[][];
  return medianOf(runs, () => {
    const sub = mkdtempSync(join(dir, 'raw-'));
    const db = openPlainDb(join(sub, 'plain.db'));
    try {
      // Rows the migrations wrote into the fresh file (the audit format's re-chain record) give way.
      for (const { t } of data) db.exec(`DELETE FROM ${t}`);
      const t0 = performance.now();
      db.transaction(() => {
        for (const { t, columns, rows } of data) {
          if (!rows.length) continue;
          const ins = db.prepare(`INSERT INTO ${t} (${columns}) VALUES (${rows[0]!.map(() => '?').join(', ')})`);
          for (const r of rows) ins.run(r);
        }
        const fts = db.prepare(`INSERT INTO requests_fts (rowid, ${FTS_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`);
        for (const r of search) fts.run(r);
      })();
      return performance.now() - t0;
    } finally {
      db.close();
      rmSync(sub, { recursive: true, force: true });
    }
  });
}

/**
 * One request.create through dispatch (validation, deadline, duplicate check, timeline entry,
 * audit event, its own fsync'd transaction, detail read back) on the populated database, vs one
 * raw prepared insert of a request row in its own transaction on the plain twin.
 */
export async function createFigures(wb: Workbench, plainFile: string, n: number, today: string): Promise<Result[]> {
  let k = 0;
  const times = await sampleMs(n, () =>
    wb.call('request.create', {
      types: ['access'],
      requester: { name: `Bench Subject ${++k}`, email: `bench.${k}@example.com`, relation: 'self' },
      channel: 'email',
      receivedDate: today,
    }),
  );
  const db = openPlainDb(plainFile);
  try {
    const columns = db.prepare('SELECT * FROM requests LIMIT 1').columns().map((c) => c.name);
    const template = db.prepare('SELECT * FROM requests ORDER BY id DESC LIMIT 1').raw().get() as unknown[];
    const ins = db.prepare(`INSERT INTO requests VALUES (${columns.map(() => '?').join(', ')})`);
    // Each row needs its own public id (unique, required), as request.create makes one.
    const publicIdAt = columns.indexOf('public_id');
    let seq = 0;
    const one = db.transaction(() => {
      const row = [null, `RAW-${++seq}`, 1900, seq, ...template.slice(4)];
      if (publicIdAt >= 0) row[publicIdAt] = newPublicId();
      return ins.run(row);
    });
    const raw = await sampleMs(n, () => one());
    return [
      result('create_request_p50', 'ms', percentile(times, 50), percentile(raw, 50)),
      result('create_request_p95', 'ms', percentile(times, 95), percentile(raw, 95)),
    ];
  } finally {
    db.close();
  }
}
