// Encryption overhead: the same service code (RequestService over a Store) on the encrypted
// database vs on a plain file with the same schema and pragmas. value = encrypted, baseline =
// plain, so the ratio is what SQLCipher costs the DPO.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../../main/store/database';
import { Store } from '../../../main/store/store';
import { RequestService } from '../../../main/services/requests/service';
import { medianOf, percentile, result, sampleMs, type Result } from '../measure';
import { openPlainStore } from '../plain';
import { ACTOR } from '../workbench';

export async function encryptionFigures(dir: string, csv: string, rows: number, encrypted: Store, plain: Store, runs: number, n: number): Promise<Result[]> {
  const importMs = (make: (d: string) => Store) =>
    medianOf(runs, () => {
      const d = mkdtempSync(join(dir, 'enc-'));
      const store = make(d);
      try {
        const t0 = performance.now();
        const r = new RequestService(store).import({ csv, hasHeader: true, dryRun: false }, ACTOR);
        if (r.imported !== rows) throw new Error(`encryption figure imported ${r.imported} of ${rows}`);
        return performance.now() - t0;
      } finally {
        store.close();
        rmSync(d, { recursive: true, force: true });
      }
    });
  const enc = await importMs((d) => new Store(openDatabase(join(d, 'db'), randomBytes(32), { create: true }), d));
  const pl = await importMs((d) => openPlainStore(join(d, 'db'), d));
  const dEnc = await sampleMs(n, () => new RequestService(encrypted).dashboard());
  const dPl = await sampleMs(n, () => new RequestService(plain).dashboard());
  const label = rows >= 1000 ? `${Math.round(rows / 1000)}k` : String(rows);
  return [
    result(`encryption_overhead_import_${label}`, 'ms', enc, pl),
    result('encryption_overhead_dashboard_p95', 'ms', percentile(dEnc, 95), percentile(dPl, 95)),
  ];
}
