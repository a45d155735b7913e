// `npm start`: the desktop app when Electron's binary is installed, otherwise browser mode.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function electronBinary() {
  try {
    // The electron package exports the binary path, or throws when its download was skipped.
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const bin = electronBinary();
const child = bin
  ? spawn(bin, ['.'], { stdio: 'inherit' })
  : (console.log("Electron's binary is not installed on this machine, so DPO Workbench starts in browser mode: open the URL below in your browser."),
    spawn(process.execPath, ['bin/dpo.cjs', 'serve', ...process.argv.slice(2)], { stdio: 'inherit' }));
child.on('exit', (code) => process.exit(code ?? 0));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
