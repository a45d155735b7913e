// Runs one retention purge on a worker thread (main/services/retention/purge-job.ts): same service
// code, own connection to the same encrypted database. The whole purge is one transaction here, so
// a cancel (checked after every batch) leaves the database exactly as it was.
import { openDatabase } from '../store/database';
import { dbPath } from '../store/files';
import { Store } from '../store/store';
import { runPurge } from '../services/retention/purge';
import { toApiError } from '../transport/dispatch';
import { runJob } from '../jobs/job-context';
import type { PurgeJobData } from '../services/retention/purge-job';

void runJob<PurgeJobData, unknown>(
  ({ data, step }) => {
    const key = Buffer.from(data.key);
    data.key.fill(0);
    try {
      const store = new Store(openDatabase(dbPath(data.dataDir), key, { migrate: false }), data.dataDir);
      try {
        return runPurge(store, data.actor, data.rules, data.today, { deleteOldBackups: data.deleteOldBackups, whole: true, onBatch: step });
      } finally {
        store.close();
      }
    } finally {
      key.fill(0);
    }
  },
  (err) => toApiError(err, 'retention.purge'),
);
