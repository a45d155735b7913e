// Benchmarks for the store: the cost of the audited, encrypted write path and of verifying the
// chain, each against the most direct way of doing the same work on the same machine.
// The requests, dashboard, import and report figures join here as those capabilities land.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase } from '../../main/store/database';
import { Store } from '../../main/store/store';
import { verifyAuditChain } from '../../main/store/audit-chain';
import { canonicalJson } from '../../main/store/canonical-json';
import { createVault, unlockWithPassphrase } from '../../main/store/vault';
import { medianMs, percentile, result, table, type Result } from './measure';

const SCALES = { small: { events: 20_000, singles: 300, runs: 5 }, full: { events: 1_000_000, singles: 2_000, runs: 5 } } as const;

function args(): { scale: keyof typeof SCALES; out: string | null } {
  const a = process.argv.slice(2);
  const scale = (a[a.indexOf('--scale') + 1] ?? 'small') as keyof typeof SCALES;
  if (a.includes('--scale') && !(scale in SCALES)) throw new Error(`--scale must be small or full, not "${scale}"`);
  const out = a.includes('--out') ? a[a.indexOf('--out') + 1]! : null;
  return { scale: a.includes('--scale') ? scale : 'small', out };
}

function plainDb(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
  return db;
}

async function main(): Promise<void> {
  const { scale, out } = args();
  const cfg = SCALES[scale];
  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-'));
  const results: Result[] = [];
  try {
    // 1. One audited write (row + hash-chained event, encrypted, synchronous=FULL) vs one raw
    //    prepared insert in its own transaction on a plain SQLite file with the same pragmas.
    const key = randomBytes(32);
    const store = new Store(openDatabase(join(dir, 'enc.db'), key, { create: true }), dir);
    const insert = store.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    const raw = plainDb(join(dir, 'plain.db'));
    const rawInsert = raw.prepare('INSERT INTO t (k, v) VALUES (?, ?)');
    const rawTx = raw.transaction((k: string, v: string) => rawInsert.run(k, v));
    const tTx: number[] = [];
    const tRaw: number[] = [];
    for (let i = 0; i < cfg.singles; i++) {
      let t0 = performance.now();
      store.tx('bench', 'bench.write', (t) => {
        insert.run(`s-${i}`, '"value"');
        t.audit({ entityType: 'settings', entityId: `s-${i}`, summary: { value: { old: null, new: 'value' } } });
      });
      tTx.push(performance.now() - t0);
      t0 = performance.now();
      rawTx(`s-${i}`, '"value"');
      tRaw.push(performance.now() - t0);
    }
    results.push(result('audited_write_p50', 'ms', percentile(tTx, 50), percentile(tRaw, 50)));
    results.push(result('audited_write_p95', 'ms', percentile(tTx, 95), percentile(tRaw, 95)));

    // 2. Verifying the chain vs hashing the same canonical bytes raw.
    const batch = store.db.transaction((from: number, n: number) => {
      for (let i = from; i < from + n; i++) {
        store.tx('bench', 'bench.bulk', (t) => t.audit({ entityType: 'request', entityId: `R-${i}`, summary: { status: { old: 'received', new: 'in_progress' }, i } }));
      }
    });
    for (let done = 0; done < cfg.events; done += 10_000) batch(done, Math.min(10_000, cfg.events - done));
    const rows = store.db.prepare('SELECT seq, at, actor, operation, entity_type, entity_id, summary, prev_hash FROM audit_events ORDER BY seq').all() as Array<Record<string, unknown>>;
    const encoded = rows.map((r) => canonicalJson([r.seq, r.at, r.actor, r.operation, r.entity_type, r.entity_id, r.summary, r.prev_hash]));
    const verifyMs = await medianMs(cfg.runs, () => {
      const v = verifyAuditChain(store.db, null);
      if (!v.ok) throw new Error('chain broken in benchmark');
    });
    const hashMs = await medianMs(cfg.runs, () => {
      for (const e of encoded) createHash('sha256').update('dpo-audit-v1\n').update(e).digest('hex');
    });
    results.push(result(`audit_verify_${Math.round(rows.length / 1000)}k`, 'ms', verifyMs, hashMs));
    store.close();
    raw.close();

    // 3. Unlock: key derivation (deliberately slow) and everything else (open + key check + pragmas).
    await createVault(dir, 'benchmark passphrase long enough');
    const kdfMs = await medianMs(cfg.runs, () => unlockWithPassphrase(dir, 'benchmark passphrase long enough'));
    const openMs = await medianMs(cfg.runs, () => openDatabase(join(dir, 'enc.db'), key).close());
    const rawOpenMs = await medianMs(cfg.runs, () => {
      const d = new Database(join(dir, 'plain.db'));
      d.prepare('SELECT count(*) FROM sqlite_master').get();
      d.close();
    });
    results.push(result('unlock_kdf_ms', 'ms', kdfMs, null));
    results.push(result('unlock_open_ms', 'ms', openMs, rawOpenMs));

    const report = { scale, node: process.version, runs: cfg.runs, note: 'value and baseline are medians of repeated runs', results };
    process.stdout.write(`DPO Workbench benchmarks: scale ${scale}, Node ${process.version}, ${cfg.runs} runs each, medians\n\n${table(results)}\n`);
    if (out) writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
