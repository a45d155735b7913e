// `npm run bench -- [--scale small|full] [--out FILE.json]`: bundles test/bench/run.ts with the
// same settings as the app build and runs it under plain Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { rawPlugin } from './esbuild-raw.mjs';

const outdir = join('node_modules', '.cache', 'dpo-bench');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, 'bench.cjs');
await build({
  entryPoints: ['test/bench/run.ts'],
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
