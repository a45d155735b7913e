// One build for everything: esbuild bundles the Node side (Electron main, preload, CLI) and Vite
// builds the renderer. Native and asset-carrying packages stay external.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const external = ['electron', 'better-sqlite3-multiple-ciphers', 'pdfkit', 'fontkit'];

/** Bundles `import x from './file.sql?raw'` as a string, matching Vite's behaviour under vitest. */
const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

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
await Promise.all([
  build({ ...common, entryPoints: ['main/cli/index.ts'], outfile: 'dist/cli.cjs' }),
  build({ ...common, entryPoints: ['main/electron/main.ts'], outfile: 'dist/main/electron.cjs' }),
  // The preload runs in a sandboxed renderer: only `electron` may be required there.
  build({ ...common, platform: 'browser', entryPoints: ['main/electron/preload.ts'], outfile: 'dist/main/preload.cjs', external: ['electron'] }),
]);
await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log('built dist/cli.cjs, dist/main/electron.cjs, dist/main/preload.cjs, dist/renderer/');
