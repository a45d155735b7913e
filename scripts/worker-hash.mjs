// The import worker is handed the data key, so the code that spawns it carries the SHA-256 of the
// worker bundle it was built with and refuses to start any other (main/services/requests/
// import-job.ts). One helper for the build and for the tests, which run the sources against the
// built worker.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export const IMPORT_WORKER_BUNDLE = 'dist/workers/import-worker.cjs';

/** The retention purge's worker (main/services/retention/purge-job.ts), handed the key likewise. */
export const PURGE_WORKER_BUNDLE = 'dist/workers/purge-worker.cjs';

function hashDefine(name, file) {
  if (!existsSync(file)) return {};
  return { [name]: JSON.stringify(createHash('sha256').update(readFileSync(file)).digest('hex')) };
}

/** esbuild/Vite `define` entries: the worker bundle's hash, or none when it is not built. */
export function importWorkerHashDefine(file = IMPORT_WORKER_BUNDLE) {
  return hashDefine('__IMPORT_WORKER_SHA256__', file);
}

/** Every worker's hash define (each only when its bundle is built). */
export function workerHashDefines() {
  return { ...importWorkerHashDefine(), ...hashDefine('__PURGE_WORKER_SHA256__', PURGE_WORKER_BUNDLE) };
}
