import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The built renderer (dist/renderer). The CLI bundle sits at dist/cli.cjs and the Electron main at
 * dist/main/; under vitest the sources run from the repo, so fall back to the repo's dist/.
 */
export function rendererDir(): string {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (const candidate of [join(here, 'renderer'), join(here, '..', 'renderer'), resolve(process.cwd(), 'dist', 'renderer')]) {
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return join(here, 'renderer');
}
