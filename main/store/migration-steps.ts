// Work a migration needs that SQL cannot do (running the deadline engine). The store is the
// bottom layer and must not import the services that do that work, so a service registers its
// step by name and the migration names it. A migration whose step has work to do but no
// registered step is refused, never skipped: a skipped recompute would leave dates stale.
import type { Db } from './database';

export interface MigrationStepRef {
  name: string;
  /** Whether this database has work for the step (pure SQL, so the store can ask). */
  needed: (db: Db) => boolean;
}

export class MigrationStepMissingError extends Error {
  constructor(readonly step: string) {
    super(`Migration step "${step}" is not registered; the app that opened this database cannot finish its migration.`);
    this.name = 'MigrationStepMissingError';
  }
}

const steps = new Map<string, (db: Db) => void>();

export function registerMigrationStep(name: string, run: (db: Db) => void): void {
  steps.set(name, run);
}

/** Runs the step if the database has work for it (inside the migration's transaction). */
export function runMigrationStep(db: Db, ref: MigrationStepRef): void {
  if (!ref.needed(db)) return;
  const run = steps.get(ref.name);
  if (!run) throw new MigrationStepMissingError(ref.name);
  run(db);
}
