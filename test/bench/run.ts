// `npm run bench -- [--scale small|full] [--out FILE.json] [--renderer]`, or `--only audit_verify [--events N]`
// Builds a realistic workbench (generator.ts → populate.ts, through the real service path), then
// measures each figure against the most direct way of doing the same work on the same machine in
// the same run. Every figure is repeated; value and baseline are medians (p50/p95 figures are
// percentiles over many single calls). Figures that cannot be measured yet say so.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { todayInZone } from '../../shared/dates/zone';
import { generate, toCsv } from './generator';
import { replayDisclosures, replaySteps, type PopulateStats } from './populate';
import { cacheDir, copyCached, planKey, readCached, storeCached } from './dataset-cache';
import { openWorkbench, PASSPHRASE } from './workbench';
import { plainTwin, openPlainStore } from './plain';
import { table, type Result } from './measure';
import { importFigure, createFigures } from './figures/writes';
import { readFigures } from './figures/reads';
import { disclosureFigures } from './figures/disclosures';
import { verifyFigure, NOT_MEASURED } from './figures/audit';
import { auditVerifyOnly } from './audit-verify-only';
import { auditPackOnly } from './audit-pack-only';
import { auditPackFigures, baselineChild, packChild } from './figures/audit-pack';
import { unlockFigures, plainFileIn } from './figures/unlock';
import { encryptionFigures } from './figures/encryption';
import { rendererFigures } from './figures/renderer';
import { loadFigures, LOAD_CLIENTS } from './figures/load';

const SCALES = {
  small: { requests: 2_000, auditEvents: 20_000, disclosures: 2_000, recipients: 40, runs: 3, samples: 100, creates: 50, encryptionRows: 1_000, renderer: false, loadSeconds: 5, loadBaselineSeconds: 2 },
  // For working on the figures: a fifth of full, built in a few minutes.
  medium: { requests: 20_000, auditEvents: 200_000, disclosures: 20_000, recipients: 400, runs: 3, samples: 300, creates: 100, encryptionRows: 5_000, renderer: false, loadSeconds: 30, loadBaselineSeconds: 10 },
  full: { requests: 100_000, auditEvents: 1_000_000, disclosures: 100_000, recipients: 2_000, runs: 3, samples: 300, creates: 200, encryptionRows: 10_000, renderer: true, loadSeconds: 30, loadBaselineSeconds: 10 },
} as const;
type Scale = keyof typeof SCALES;

function args(): { scale: Scale; out: string | null; renderer: boolean; fresh: boolean } {
  const a = process.argv.slice(2);
  const at = a.indexOf('--scale');
  const scale = (at >= 0 ? a[at + 1] : 'small') as Scale;
  if (!(scale in SCALES)) throw new Error(`--scale must be small, medium or full, not "${scale}"`);
  const out = a.includes('--out') ? a[a.indexOf('--out') + 1]! : null;
  return { scale, out, renderer: a.includes('--renderer') || SCALES[scale].renderer, fresh: a.includes('--fresh') };
}

const log = (msg: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);

async function main(): Promise<void> {
  const { scale, out, renderer, fresh } = args();
  const cfg = SCALES[scale];
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-'));
  const results: Result[] = [];
  const notMeasured: Array<{ name: string; reason: string }> = [...NOT_MEASURED];
  try {
    const today = todayInZone('Europe/Amsterdam');
    const data = generate({ seed: 20_260_401, requests: cfg.requests, auditEvents: cfg.auditEvents, disclosures: cfg.disclosures, recipients: cfg.recipients, years: 5, anchor: today });
    const csv = toCsv(data.requests);
    log(`plan: ${data.requests.length} requests, ${data.plannedAuditEvents} audit events, ${data.disclosures.length} disclosures`);

    const key = planKey(scale, data);
    const cached = fresh ? null : readCached(cacheDir(scale, key), key);
    const imp = await importFigure(dir, csv, data.requests.length, cfg.runs, !cached);
    results.push(...imp.results);
    let stats: PopulateStats;
    let wbDir: string;
    if (cached) {
      stats = cached.stats;
      wbDir = copyCached(cacheDir(scale, key), join(dir, 'dataset'));
      log(`import done; using the data set built ${cached.builtAt} (${cached.buildSeconds} s to build; --fresh rebuilds it)`);
    } else {
      const built = imp.workbench!;
      log(`import done; replaying the lifecycle steps`);
      const t0 = performance.now();
      stats = replaySteps(built, data, imp.refs);
      const disc = replayDisclosures(built, data, imp.refs);
      log(`replayed ${disc.disclosures} disclosures in ${Math.round(disc.ms / 1000)} s (${disc.refused} refused${disc.firstRefusal ? `: ${disc.firstRefusal}` : ''})`);
      if (disc.refused) throw new Error(`the disclosure plan was refused ${disc.refused} times: ${disc.firstRefusal}`);
      stats.auditEvents = (built.core.session.requireStore().db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
      built.close();
      wbDir = built.dataDir;
      storeCached(wbDir, cacheDir(scale, key), { key, stats, builtAt: new Date().toISOString(), buildSeconds: Math.round((performance.now() - t0) / 1000) });
    }
    log(`replayed ${stats.steps} steps (${stats.refused} refused${stats.firstRefusal ? `: ${stats.firstRefusal}` : ''}); ${stats.auditEvents} audit events`);
    // Opened as the app opens it after an unlock: the figures below read a database at rest.
    const wb = openWorkbench(wbDir);
    await wb.call('vault.unlock', { passphrase: PASSPHRASE });
    const store = wb.core.session.requireStore();
    const statuses = store.db.prepare('SELECT status, count(*) AS n FROM requests GROUP BY status ORDER BY n DESC').all();

    const plainFile = plainFileIn(dir);
    plainTwin(store.db, plainFile);
    const plain = new Database(plainFile, { readonly: true });
    const searches = searchTerms(plain);
    results.push(...(await readFigures(wb, plain, today, cfg.samples, searches)));
    log('reads done');
    results.push(...(await disclosureFigures(wb, plain, cfg.runs, cfg.samples)));
    log('disclosure reads done');

    const plainStore = openPlainStore(plainFile, dir);
    const encCsv = toCsv(data.requests.slice(0, cfg.encryptionRows));
    results.push(...(await encryptionFigures(dir, encCsv, cfg.encryptionRows, store, plainStore, cfg.runs, cfg.samples)));
    plainStore.close();
    log('encryption overhead done');

    results.push(await verifyFigure(store.db, cfg.runs));
    log('audit verify done');

    results.push(...(await unlockFigures(wb, plainFile, cfg.runs)));
    results.push(...(await createFigures(wb, plainFile, cfg.creates, today)));
    log('unlock and create done');
    const total = (wb.core.session.requireStore().db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n;
    plain.close();
    wb.close();

    // The pack over the whole data set, each run in a child process (its peak RSS alone).
    const packLabel = total >= 1000 ? `${Math.round(total / 1000)}k` : String(total);
    results.push(...auditPackFigures(process.argv[1]!, wb.dataDir, cfg.runs, packLabel).results);
    if (packLabel === '10k') notMeasured.splice(0, notMeasured.length, ...notMeasured.filter((m) => !m.name.startsWith('audit_pack_10k')));
    log('audit pack done');

    // Not caught: a lost acknowledged write or a broken chain under load must fail the bench.
    results.push(...(await loadFigures(dir, cfg.loadSeconds, cfg.loadBaselineSeconds, today)));
    log(`load (${LOAD_CLIENTS} clients, ${cfg.loadSeconds} s) done`);

    if (renderer) {
      // A broken browser setup must not throw away the figures above; it is reported instead.
      try {
        results.push(...(await rendererFigures(wb.dataDir, cfg.runs, total)));
        log('renderer done');
      } catch (err) {
        notMeasured.push({ name: 'renderer_list', reason: `failed: ${err instanceof Error ? err.message : String(err)}` });
      }
    } else notMeasured.push({ name: 'renderer_list', reason: 'skipped at this scale (pass --renderer; always run at full scale)' });

    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), platform: `${process.platform} ${process.arch}` };
    const dataset = { requests: data.requests.length, auditEvents: stats.auditEvents, steps: stats.steps, refusedSteps: stats.refused, disclosures: data.disclosures.length, policyRevisions: data.policyRevisions, statuses };
    const note = `value and baseline are medians of ${cfg.runs} runs; _p50/_p95 figures are percentiles over ${cfg.samples} calls (creates: ${cfg.creates}); baseline = the same work done directly on a plain SQLite file in the same run; load_: ${LOAD_CLIENTS} HTTP clients on dpo serve for ${cfg.loadSeconds} s, baseline one client making the same calls for ${cfg.loadBaselineSeconds} s`;
    const report = { scale, node: process.version, machine, seconds, note, dataset, results, notMeasured };
    process.stdout.write(
      `DPO Workbench benchmarks: scale ${scale}, Node ${process.version}, ${machine.cpu} (${machine.cores} cores, ${machine.memoryGiB} GiB)\n` +
        `${dataset.requests} requests, ${dataset.auditEvents} audit events; ${note}\n\n${table(results)}\n\n` +
        notMeasured.map((m) => `${m.name}: ${m.reason}`).join('\n') +
        `\n\nfinished in ${seconds} s\n`,
    );
    if (out) writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Real fragments from the data: a surname, part of an e-mail address, a reference, a customer number. */
function searchTerms(db: Database.Database): string[] {
  const pick = (sql: string) => (db.prepare(sql).get() as { v: string }).v;
  return [
    pick("SELECT substr(name, instr(name, ' ') + 1) AS v FROM requests WHERE id = 17"),
    pick("SELECT substr(email, 1, instr(email, '@') - 1) AS v FROM requests WHERE id = 4242 % (SELECT max(id) FROM requests) + 1"),
    pick('SELECT ref AS v FROM requests WHERE id = 999 % (SELECT max(id) FROM requests) + 1'),
    pick("SELECT customer_id AS v FROM requests WHERE customer_id IS NOT NULL ORDER BY id DESC LIMIT 1"),
    'Visser',
  ];
}

// `--only audit_verify [--events N]`: that figure alone (audit-verify-only.ts), without the workbench.
// `--only audit_pack [--requests N]`: the audit pack figures alone (audit-pack-only.ts); the pack and
// its baseline each run in a child process of this bundle (audit_pack_child, audit_pack_baseline).
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : null;
const eventsAt = process.argv.indexOf('--events');
const requestsAt = process.argv.indexOf('--requests');
const arg = (i: number) => process.argv[onlyAt + 1 + i]!;
const printRun = (r: unknown) => process.stdout.write(`${JSON.stringify(r)}\n`);
const run =
  only === 'audit_verify' || only === 'audit_verify_1m'
    ? () => auditVerifyOnly(eventsAt >= 0 ? Number(process.argv[eventsAt + 1]) : 1_000_000)
    : only === 'audit_pack'
      ? () => auditPackOnly(requestsAt >= 0 ? Number(process.argv[requestsAt + 1]) : 10_000)
      : only === 'audit_pack_child'
        ? async () => printRun(await packChild(arg(1)))
        : only === 'audit_pack_baseline'
          ? async () => printRun(baselineChild(Number(arg(1)), Number(arg(2))))
          : main;
if (only && run === main) throw new Error(`--only knows audit_verify and audit_pack, not "${only}"`);

run().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
