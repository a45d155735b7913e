// Worker threads are handed the data key, so the code that spawns one carries the SHA-256 of the
// worker bundle it was built with and refuses to start any other (main/jobs/verified-worker.ts).
// One table of workers for the build and for the tests, which run the sources against the built
// workers.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/** The CSV import (main/services/requests/import-job.ts). */
export const IMPORT_WORKER_BUNDLE = 'dist/workers/import-worker.cjs';
/** The retention purge (main/services/retention/purge-job.ts). */
export const PURGE_WORKER_BUNDLE = 'dist/workers/purge-worker.cjs';
/** Case files, audit packs and letters (main/services/reports/job.ts). */
export const REPORT_WORKER_BUNDLE = 'dist/workers/report-worker.cjs';

/** Each worker: its source, its bundle, and the name its hash is defined under. */
export const WORKERS = [
  { source: 'main/workers/import-worker.ts', bundle: IMPORT_WORKER_BUNDLE, define: '__IMPORT_WORKER_SHA256__' },
  { source: 'main/workers/purge-worker.ts', bundle: PURGE_WORKER_BUNDLE, define: '__PURGE_WORKER_SHA256__' },
  { source: 'main/workers/report-worker.ts', bundle: REPORT_WORKER_BUNDLE, define: '__REPORT_WORKER_SHA256__' },
];

function hashDefine(name, file) {
  if (!existsSync(file)) return {};
  return { [name]: JSON.stringify(createHash('sha256').update(readFileSync(file)).digest('hex')) };
}

/** The import worker's hash define alone (a test builds a changed copy of it). */
export function importWorkerHashDefine(file = IMPORT_WORKER_BUNDLE) {
  return hashDefine('__IMPORT_WORKER_SHA256__', file);
}

/** Every worker's hash define, each only when its bundle is built (esbuild/Vite `define`). */
export function workerHashDefines() {
  return Object.assign({}, ...WORKERS.map((w) => hashDefine(w.define, w.bundle)));
}
