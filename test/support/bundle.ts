import { build } from 'esbuild';
import { rawPlugin } from '../../scripts/esbuild-raw.mjs';
import { join } from 'node:path';
import { mkdirSync, mkdtempSync } from 'node:fs';

/**
 * Bundles a TypeScript entry (e.g. a child-process fixture) into a runnable .cjs with the same
 * settings as scripts/build.mjs, so crash tests run the real store code in a separate process.
 */
export async function bundleForChild(entry: string): Promise<string> {
  // Inside node_modules/.cache so the child resolves the repo's packages (the native SQLite
  // binding). It is code, no data; it outlives single tests on purpose (built in beforeAll).
  const cache = join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outfile = join(mkdtempSync(join(cache, 'dpo-test-bundle-')), 'child.cjs');
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers', 'electron'],
    logLevel: 'error',
    plugins: [rawPlugin],
  });
  return outfile;
}
