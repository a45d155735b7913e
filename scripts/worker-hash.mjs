// The import worker is handed the data key, so the code that spawns it carries the SHA-256 of the
// worker bundle it was built with and refuses to start any other (main/services/requests/
// import-job.ts). One helper for the build and for the tests, which run the sources against the
// built worker.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export const IMPORT_WORKER_BUNDLE = 'dist/workers/import-worker.cjs';

/** esbuild/Vite `define` entries: the worker bundle's hash, or none when it is not built. */
export function importWorkerHashDefine(file = IMPORT_WORKER_BUNDLE) {
  if (!existsSync(file)) return {};
  return { __IMPORT_WORKER_SHA256__: JSON.stringify(createHash('sha256').update(readFileSync(file)).digest('hex')) };
}

/** The report worker (case files, audit packs): handed the data key too, so checked the same way. */
export const REPORT_WORKER_BUNDLE = 'dist/workers/report-worker.cjs';

export function reportWorkerHashDefine(file = REPORT_WORKER_BUNDLE) {
  if (!existsSync(file)) return {};
  return { __REPORT_WORKER_SHA256__: JSON.stringify(createHash('sha256').update(readFileSync(file)).digest('hex')) };
}
