// `node scripts/bench-probe.mjs <data folder copy>`: the disclosure figures alone, on a copy of a
// cached benchmark data set, without building or running the whole benchmark (which takes most of
// an hour at full scale). The folder is opened as the app opens it (migrations run on it), so pass
// a copy, never the cache itself. Baselines here run on the same encrypted file, not on a plain
// twin as in run.ts: the probe compares builds of the app, the benchmark compares with raw SQLite.
import { disclosureFigures } from './figures/disclosures';
import { percentile, sampleMs, table } from './measure';
import type { OpInput } from '../../shared/api';
import { openWorkbench, PASSPHRASE } from './workbench';

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: bench-probe <copy of a cached data folder>');
  const samples = Number(process.argv[3] ?? 300);
  const wb = openWorkbench(dir);
  const t0 = performance.now();
  await wb.call('vault.unlock', { passphrase: PASSPHRASE });
  process.stderr.write(`unlocked (migrations included) in ${Math.round(performance.now() - t0)} ms\n`);
  const db = wb.core.session.requireStore().db;
  for (const sql of [
    'SELECT count(*) FROM disclosures d',
    'SELECT d.id FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id ORDER BY d.disclosed_on DESC, d.id DESC LIMIT 100',
  ]) {
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>;
    process.stderr.write(`${sql}\n  ${plan.map((p) => p.detail).join('\n  ')}\n`);
  }
  // The list figure rotates five filters; their p95s one by one show which one sets it.
  const quarter = db.prepare("SELECT substr(max(disclosed_on), 1, 4) || '-01-01' AS f, substr(max(disclosed_on), 1, 4) || '-03-31' AS t FROM disclosures").get() as { f: string; t: string };
  const filters: Array<[string, OpInput<'disclosure.list'>]> = [
    ['none', {}],
    ['kind', { recipientKind: 'law-enforcement' }],
    ['ground', { ground: 'warrant' }],
    ['quarter', { from: quarter.f, to: quarter.t }],
    ['secret', { secret: true }],
    ['sort by recipient', { sort: 'recipient' }],
  ];
  for (const [name, input] of filters) {
    const times = await sampleMs(Math.min(samples, 100), () => wb.call('disclosure.list', { ...input, limit: 100 }));
    process.stderr.write(`list ${name}: p95 ${percentile(times, 95).toFixed(2)} ms\n`);
  }
  // The dashboard's retention card asks for the purge preview on every visit.
  const preview = await sampleMs(5, () => wb.call('retention.preview', {}));
  process.stderr.write(`retention.preview: median ${percentile(preview, 50).toFixed(1)} ms, worst ${Math.max(...preview).toFixed(1)} ms\n`);
  const results = await disclosureFigures(wb, db, 5, samples);
  process.stdout.write(table(results) + '\n');
  wb.close();
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
