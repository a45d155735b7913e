// Full export for moving to another tool. It is the one deliberate plaintext output, written only
// on the DPO's explicit command (export-service.ts); the CLI says so before writing. It goes through writeOutputFile,
// so it never replaces a file without --force, never lands in the data folder, and a failure
// leaves no plaintext fragment behind.
import type { Store } from './store';
import { schemaVersion } from './migrate';
import { writeOutputFile } from './output-file';
import type { ExportSummary } from '../../shared/model/export';

export async function exportJson(store: Store, file: string, appVersion: string, options: { force?: boolean } = {}): Promise<ExportSummary> {
  const db = store.db;
  // One read transaction: every table is read from the same snapshot.
  const snapshot = db.transaction(() => {
    const head = store.head();
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    const tables: Record<string, unknown[]> = {};
    for (const name of names) {
      tables[name] = (db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}"`).all() as Array<Record<string, unknown>>).map(encodeRow);
    }
    return { head, tables, version: schemaVersion(db) };
  })();
  const counts: Record<string, number> = {};
  const written = await writeOutputFile(file, { dataDir: store.dataDir, force: options.force }, (out) => {
    out.write(`{"format":"dpo-workbench-export","version":1,"exportedAt":${JSON.stringify(new Date().toISOString())},"appVersion":${JSON.stringify(appVersion)},"schemaVersion":${snapshot.version},"audit":{"seq":${snapshot.head.seq},"head":"${snapshot.head.hash}"},"tables":{`);
    let firstTable = true;
    for (const [name, rows] of Object.entries(snapshot.tables)) {
      out.write(`${firstTable ? '' : ','}${JSON.stringify(name)}:[`);
      firstTable = false;
      for (let i = 0; i < rows.length; i++) out.write((i ? ',' : '') + JSON.stringify(rows[i]));
      out.write(']');
      counts[name] = rows.length;
    }
    out.write('}}\n');
  });
  return { file: written, tables: counts, auditSeq: snapshot.head.seq, auditHead: snapshot.head.hash };
}

function encodeRow(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) {
    out[k] = Buffer.isBuffer(v) ? { base64: v.toString('base64') } : typeof v === 'bigint' ? v.toString() : v;
  }
  return out;
}
