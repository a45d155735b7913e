// `import text from './file.sql?raw'` → the file's text, as Vite does under vitest. Shared by the
// build and by tests that bundle child-process fixtures.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};
