// Lays out one report (case file, audit pack) on a worker thread, so the app stays responsive
// while a 100,000-row pack is written. Own connection to the same encrypted database; the whole
// report is one transaction there, which a cancel (checked between rows) rolls back.
import { openDatabase } from '../store/database';
import { dbPath } from '../store/files';
import { Store } from '../store/store';
import { toApiError } from '../transport/dispatch';
import { runJob } from '../jobs/job-context';
import { generateKind, type ReportJobData } from '../services/reports/job';
import { generateLetter, type LetterJobData } from '../services/letters/job';

/** Progress is posted (and cancel checked) at most every this many rows. */
const STEP_EVERY = 100;

void runJob<ReportJobData | LetterJobData, unknown>(
  ({ data, step }) => {
    const key = Buffer.from(data.key);
    data.key.fill(0);
    try {
      const store = new Store(openDatabase(dbPath(data.dataDir), key, { migrate: false }), data.dataDir);
      try {
        // A letter to a subject runs on the same worker (main/services/letters/job.ts).
        if (data.kind === 'letter') return generateLetter(store, data.input, data.actor, step);
        let last = 0;
        return generateKind(store, data.kind, data.input, data.actor, (done, total) => {
          if (done - last >= STEP_EVERY || done === total) {
            last = done;
            step(done, total);
          }
        });
      } finally {
        store.close();
      }
    } finally {
      key.fill(0);
    }
  },
  (err) => toApiError(err, 'report.generate'),
);
