// `node scripts/bench-probe.mjs <copy of a cached data folder> [samples]`: bundles
// test/bench/disclosure-probe.ts as scripts/bench.mjs bundles the benchmark, and runs it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rawPlugin } from './esbuild-raw.mjs';

const outdir = join('node_modules', '.cache', 'dpo-bench');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'disclosure-probe.cjs');
await build({
  entryPoints: ['test/bench/disclosure-probe.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['better-sqlite3-multiple-ciphers', 'electron', 'pdfkit', 'playwright-core'],
  plugins: [rawPlugin],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
