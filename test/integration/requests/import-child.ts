// Child-process fixture for the kill -9 import test (bundled by test/support/bundle.ts). Opens a
// real encrypted database and runs the CSV import; with IMPORT_STALL_AFTER it reports "MID" from
// inside the open transaction and then blocks, so the parent can SIGKILL it mid-import.
import { readFileSync } from 'node:fs';
import { openDatabase } from '../../../main/store/database';
import { dbPath } from '../../../main/store/files';
import { Store } from '../../../main/store/store';
import { RequestService } from '../../../main/services/requests/service';

const dataDir = process.env.IMPORT_DATA_DIR!;
const key = Buffer.from(process.env.IMPORT_KEY_HEX!, 'hex');
const csv = readFileSync(process.env.IMPORT_CSV!, 'utf8');
const stallAfter = Number(process.env.IMPORT_STALL_AFTER ?? '-1');

const store = new Store(openDatabase(dbPath(dataDir), key), dataDir);
const result = new RequestService(store).import({ csv, hasHeader: true, dryRun: false }, 'child', (i) => {
  if (i === stallAfter) {
    process.stdout.write('MID\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
});
process.stdout.write(`DONE ${result.imported}\n`);
store.close();
