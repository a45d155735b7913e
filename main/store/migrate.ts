import type { Db } from './database';
import { DatabaseFromFutureError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

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
