#!/usr/bin/env node
// Entry for the `dpo` command: runs the bundled CLI (built by `npm run build`).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const cli = join(__dirname, '..', 'dist', 'cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('dpo: the CLI is not built yet; run "npm run build" first.\n');
  process.exit(1);
}
require(cli);
