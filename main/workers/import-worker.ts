// Runs one CSV import on a worker thread, so the desktop app's main process (and with it every
// window) stays responsive while 100,000 rows are validated and written. Same service code, own
// connection to the same encrypted database (WAL lets the main connection keep reading).
import { openDatabase } from '../store/database';
import { dbPath } from '../store/files';
import { Store } from '../store/store';
import { RequestService } from '../services/requests/service';
import { toApiError } from '../transport/dispatch';
import { runJob } from '../jobs/job-context';
import type { ImportJobData } from '../services/requests/import-job';

/** Progress is posted (and cancel checked) every this many rows. */
const STEP_EVERY = 250;

void runJob<ImportJobData, unknown>(
  ({ data, step }) => {
    const key = Buffer.from(data.key);
    data.key.fill(0);
    try {
      const store = new Store(openDatabase(dbPath(data.dataDir), key, { migrate: false }), data.dataDir);
      try {
        // A cancel throws from inside the import's transaction, which then rolls back whole.
        return new RequestService(store).import(data.input, data.actor, (i, total) => {
          if ((i + 1) % STEP_EVERY === 0 || i + 1 === total) step(i + 1, total);
        });
      } finally {
        store.close();
      }
    } finally {
      key.fill(0);
    }
  },
  (err) => toApiError(err, 'request.import'),
);
