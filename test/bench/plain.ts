// The same schema on a plain (unencrypted) SQLite file: the baselines' ground and the other side
// of the encryption-overhead figures. Same pragmas as main/store/database.ts (page cache size
// included, so the baseline gets the same memory), no key.
import Database from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../../main/store/database';
import { migrate } from '../../main/store/migrate';
import { Store } from '../../main/store/store';

export function openPlainDb(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('cache_size = -65536');
  migrate(db);
  db.pragma('optimize=0x10002');
  return db;
}

export function openPlainStore(file: string, dataDir: string): Store {
  return new Store(openPlainDb(file), dataDir);
}

/** Tables copied to a plain twin, parents first (foreign keys). The search index is copied after them. */
export const DATA_TABLES = ['settings', 'requests', 'request_types', 'request_pauses', 'request_events', 'files', 'file_bodies', 'reference_counters', 'request_art19', 'request_reminders', 'disclosure_recipients', 'disclosures', 'disclosure_subjects', 'disclosure_versions', 'disclosure_reminders', 'disclosure_recipient_versions', 'disclosure_notices', 'audit_events', 'audit_details', 'audit_rechains', 'request_holds'] as const;

export const FTS_COLUMNS = 'ref, name, email, customer_id, name_folded';

/** A table's stored columns, comma-separated: generated ones (the audit trail's, read from its hashed bytes) are never written. */
export function storedColumns(db: Db, table: string): string {
  return (db.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0').pluck().all(table) as string[]).join(', ');
}

/**
 * Copies every row of the open encrypted database into a new plain file with the same schema
 * (ATTACH with an empty key is plaintext in SQLite3 Multiple Ciphers).
 */
export function plainTwin(encrypted: Db, file: string): void {
  openPlainDb(file).close();
  encrypted.exec(`ATTACH DATABASE '${file.replace(/'/g, "''")}' AS plain KEY ''`);
  try {
    encrypted.transaction(() => {
      for (const t of DATA_TABLES) {
        // Rows the migrations wrote into the fresh twin (the audit format's re-chain record) give way to the source's.
        const columns = storedColumns(encrypted, t);
        encrypted.exec(`DELETE FROM plain.${t}`);
        encrypted.exec(`INSERT INTO plain.${t} (${columns}) SELECT ${columns} FROM main.${t}`);
      }
      encrypted.exec(`INSERT INTO plain.requests_fts (rowid, ${FTS_COLUMNS}) SELECT id, ${FTS_COLUMNS} FROM main.requests`);
    })();
  } finally {
    encrypted.exec('DETACH DATABASE plain');
  }
  const db = new Database(file);
  db.exec('ANALYZE');
  db.close();
}
