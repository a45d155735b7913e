// Unlock and open on the full benchmark database: the whole vault.unlock through dispatch, key
// derivation alone (scrypt, deliberately slow), and everything after the key is in hand — open,
// key check, pragmas, migration check, optimize — up to the dashboard's data. The last one is
// timed directly (not as a difference of two noisy figures).
//
// Baselines: the bare KDF (node:crypto scrypt with the vault's parameters) for the key
// derivation; the bare KDF plus a raw SQLCipher open with the key and one schema read for the
// whole unlock; a raw open of the plain twin for opening to the dashboard.
import { scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { unlockWithPassphrase, vaultPath } from '../../../main/store/vault';
import { applyKey, openDatabase } from '../../../main/store/database';
import { dbPath } from '../../../main/store/files';
import { Store } from '../../../main/store/store';
import { RequestService } from '../../../main/services/requests/service';
import { median, result, type Result } from '../measure';
import { PASSPHRASE, type Workbench } from '../workbench';

export async function unlockFigures(wb: Workbench, plainFile: string, runs: number): Promise<Result[]> {
  const kdf: number[] = [];
  const unlock: number[] = [];
  const toDash: number[] = [];
  let key: Buffer = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    wb.core.session.lock();
    let t0 = performance.now();
    key = await unlockWithPassphrase(wb.dataDir, PASSPHRASE);
    kdf.push(performance.now() - t0);
    t0 = performance.now();
    const store = new Store(openDatabase(dbPath(wb.dataDir), key), wb.dataDir);
    new RequestService(store).dashboard();
    toDash.push(performance.now() - t0);
    store.close();
    t0 = performance.now();
    await wb.call('vault.unlock', { passphrase: PASSPHRASE });
    unlock.push(performance.now() - t0);
  }
  const { N, r, p, salt } = (JSON.parse(readFileSync(vaultPath(wb.dataDir), 'utf8')) as { passphrase: { kdf: { N: number; r: number; p: number; salt: string } } }).passphrase.kdf;
  const rawKdf = () => scryptSync(PASSPHRASE.normalize('NFC'), Buffer.from(salt, 'base64'), 32, { N, r, p, maxmem: 256 * N * r + 16 * 2 ** 20 });
  const kdfRaw: number[] = [];
  const unlockRaw: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    rawKdf();
    kdfRaw.push(performance.now() - t0);
    t0 = performance.now();
    rawKdf();
    const d = new Database(dbPath(wb.dataDir));
    // The unwrap itself (AES-GCM over 32 bytes) is microseconds; the key from above stands in.
    applyKey(d, key);
    d.prepare('SELECT count(*) FROM sqlite_master').get();
    d.close();
    unlockRaw.push(performance.now() - t0);
  }
  const rawOpen: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const d = new Database(plainFile);
    d.prepare('SELECT count(*) FROM sqlite_master').get();
    d.close();
    rawOpen.push(performance.now() - t0);
  }
  return [
    result('unlock_ms', 'ms', median(unlock), median(unlockRaw)),
    result('unlock_kdf_ms', 'ms', median(kdf), median(kdfRaw)),
    result('open_to_dashboard_ms', 'ms', median(toDash), median(rawOpen)),
  ];
}

export const plainFileIn = (dir: string) => join(dir, 'plain-twin.db');
