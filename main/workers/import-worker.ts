// Runs one CSV import on a worker thread, so the desktop app's main process (and with it every
// window) stays responsive while 100,000 rows are validated and written. Same service code, own
// connection to the same encrypted database (WAL lets the main connection keep reading).
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../store/database';
import { dbPath } from '../store/files';
import { Store } from '../store/store';
import { RequestService } from '../services/requests/service';
import { toApiError } from '../transport/dispatch';
import type { ImportJobData, ImportWorkerMessage } from '../services/requests/import-job';

const PROGRESS_EVERY = 250;

function post(message: ImportWorkerMessage): void {
  parentPort!.postMessage(message);
}

const data = workerData as ImportJobData;
const key = Buffer.from(data.key);
data.key.fill(0);
try {
  const store = new Store(openDatabase(dbPath(data.dataDir), key, { migrate: false }), data.dataDir);
  try {
    const result = new RequestService(store).import(data.input, data.actor, (i, total) => {
      if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total) post({ type: 'progress', done: i + 1, total });
    });
    post({ type: 'done', result });
  } finally {
    store.close();
  }
} catch (err) {
  post({ type: 'error', error: toApiError(err, 'request.import') });
} finally {
  key.fill(0);
}
