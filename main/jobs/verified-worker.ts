// Workers receive secrets (the data key), so a job starts only a worker bundle whose bytes hash to
// what the build recorded, and starts it from the very bytes that were checked: nothing can swap
// the file between the check and the start.
//
// In the desktop app the bundles stay inside app.asar (electron-builder.yml does not unpack them),
// where Electron's asar integrity fuse covers them on macOS and Windows; Electron loads
// worker_threads scripts and their requires from asar since v18 (electron/electron#33216). Linux
// has no asar integrity check and the CLI runs from plain files, hence the hash as well.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { WorkbenchError } from '../../shared/errors';

/** A worker script and the SHA-256 the build recorded for it. */
export interface WorkerBundle {
  file: string;
  sha256: string;
}

/** The worker was changed after the build: it is never started, so it never sees the data key. */
export class WorkerChangedError extends WorkbenchError {
  constructor() {
    super('INTERNAL', 'A component of this installation has been changed since it was built, so it was not started. Nothing was changed. Reinstall DPO Workbench.');
  }
}

/** The worker's source, only if its bytes hash to what the build recorded. */
export function verifiedWorkerSource(worker: WorkerBundle): string {
  const bytes = readFileSync(worker.file);
  if (createHash('sha256').update(bytes).digest('hex') !== worker.sha256) throw new WorkerChangedError();
  return bytes.toString('utf8');
}

/**
 * Code for `new Worker(…, { eval: true })` that runs checked source as the CommonJS module it was
 * bundled as, with require() resolving from the worker's own folder (its native SQLite binding),
 * exactly as loading the file by path would.
 */
export function workerBootstrap(file: string, source: string): string {
  return [
    `const file = ${JSON.stringify(file)};`,
    'const m = { exports: {} };',
    "const run = require('node:vm').compileFunction(" + JSON.stringify(source) + ", ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });",
    "run(m.exports, require('node:module').createRequire(file), m, file, require('node:path').dirname(file));",
  ].join('\n');
}
