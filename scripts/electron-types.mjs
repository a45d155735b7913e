// postinstall: make sure Electron's TypeScript declarations are installed, even where its binary
// is not. Electron is an optional dependency so that `npm install` succeeds on a machine that
// cannot download the binary; but when the download fails, npm removes the whole optional package,
// declarations included, and `tsc` can no longer check main/electron. The declarations are one
// file of the same package: this fetches the package tarball the way npm does (its cache first, no
// install scripts run) and puts that file where TypeScript looks for a module's types
// (node_modules/@types/electron). Never fails the install: at worst it says what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const installed = 'node_modules/electron/electron.d.ts';
const target = 'node_modules/@types/electron';

function electronVersion() {
  try {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    const v = lock.packages?.['node_modules/electron']?.version;
    if (v) return v;
  } catch {
    // No lock file: fall back to the range in package.json.
  }
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  return String(pkg.optionalDependencies?.electron ?? '').replace(/^[\^~]/, '');
}

function npm(args, cwd) {
  // npm_execpath is the npm that runs this script; using it avoids PATH and Windows .cmd issues.
  const cli = process.env.npm_execpath;
  return cli
    ? execFileSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    : execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
}

const version = electronVersion();
if (existsSync(installed)) {
  // The real package is there: a copy left from an earlier install would only go stale.
  rmSync(target, { recursive: true, force: true });
} else if (existsSync(join(target, 'index.d.ts')) && JSON.parse(readFileSync(join(target, 'package.json'), 'utf8')).version === version) {
  // Already in place for this version.
} else {
  const work = mkdtempSync(join(tmpdir(), 'electron-types-'));
  try {
    const [packed] = JSON.parse(npm(['pack', `electron@${version}`, '--prefer-offline', '--json', '--pack-destination', work], work));
    execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', work, 'package/electron.d.ts'], { stdio: 'ignore' });
    mkdirSync(target, { recursive: true });
    copyFileSync(join(work, 'package', 'electron.d.ts'), join(target, 'index.d.ts'));
    writeFileSync(
      join(target, 'package.json'),
      JSON.stringify({ name: '@types/electron', version, description: `Electron ${version}'s own declarations (electron.d.ts), placed by scripts/electron-types.mjs because the electron package is not installed.`, types: 'index.d.ts', license: 'MIT' }, null, 2) + '\n',
    );
    console.log(`Electron's binary is not installed; its TypeScript declarations (${version}) are in ${target}.`);
  } catch (err) {
    console.warn(`Electron's TypeScript declarations could not be installed (${err.message.split('\n')[0]}); "npm run typecheck" will report main/electron.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
