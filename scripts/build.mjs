// One build for everything: esbuild bundles the Node side (Electron main, preload, CLI) and Vite
// builds the renderer. Native and asset-carrying packages stay external.
import { build } from 'esbuild';
import { rawPlugin } from './esbuild-raw.mjs';
import { IMPORT_WORKER_BUNDLE, importWorkerHashDefine, REPORT_WORKER_BUNDLE, reportWorkerHashDefine } from './worker-hash.mjs';
import { rmSync } from 'node:fs';
import { build as viteBuild } from 'vite';

// pdfjs-dist is ES modules only and loads its worker and font data from its own folder: it is
// imported at run time (main/services/policy/extract.ts), never bundled.
const external = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit', 'fontkit', 'pdfjs-dist'];

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external,
  plugins: [rawPlugin],
  logLevel: 'warning',
};

rmSync('dist', { recursive: true, force: true });
// Long imports run here, off the main thread (main/services/requests/import-job.ts). Built first:
// the bundles that spawn it carry its SHA-256 and start only that exact file.
await build({ ...common, entryPoints: ['main/workers/import-worker.ts'], outfile: IMPORT_WORKER_BUNDLE });
// Reports (case files, audit packs) are laid out here, off the main thread (main/services/reports/job.ts).
await build({ ...common, entryPoints: ['main/workers/report-worker.ts'], outfile: REPORT_WORKER_BUNDLE });
const define = { ...importWorkerHashDefine(), ...reportWorkerHashDefine() };
await Promise.all([
  build({ ...common, define, entryPoints: ['main/cli/index.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, define, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.cjs' }),
  // The preload runs in a sandboxed renderer: only `electron` may be required there.
  build({ ...common, platform: 'browser', entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'] }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log('built dist/cli.cjs, dist/main/electron.cjs, dist/main/preload.cjs, dist/workers/, dist/renderer/');
