import type { Db } from './database';
import { DatabaseFromFutureError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';
import { searchForms } from '../../shared/text/fold';
import { nameSortKey } from '../../shared/text/name-sort';

/**
 * SQL functions the migrations call to derive stored columns from existing rows with the same
 * code that writes them for new rows (0010: folded names and family-name sort keys). Registered on
 * the migrating connection only: no trigger or query depends on them, so the database still opens
 * in any SQLCipher tool.
 */
function registerMigrationFunctions(db: Db): void {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  db.function('dpo_search_forms', { deterministic: true }, (v: unknown) => searchForms(text(v)));
  db.function('dpo_name_sort_key', { deterministic: true }, (v: unknown) => nameSortKey(text(v)));
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations, each in its own transaction together with its user_version bump
 * (its SQL, then its optional Node step),
 * so a crash leaves the database at a whole version. A database newer than this app is refused
 * before anything is written.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  if (current > latest) throw new DatabaseFromFutureError(current, latest);
  if (current < latest) registerMigrationFunctions(db);
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.after?.(db);
      db.pragma(`user_version = ${Number(m.version)}`);
    }).immediate();
  }
  return schemaVersion(db);
}

export { SCHEMA_VERSION };
