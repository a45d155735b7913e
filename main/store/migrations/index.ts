// Numbered migrations, applied in order; `PRAGMA user_version` records the last one applied.
// Add a file NNNN-name.sql and a line here. Never edit a migration that has shipped.
import m0001 from './0001-foundation.sql?raw';
import m0002 from './0002-requests.sql?raw';
import m0003 from './0003-dashboard-summaries.sql?raw';
import m0004 from './0004-list-counts.sql?raw';
import m0005 from './0005-file-store.sql?raw';
import m0006 from './0006-reference-counters.sql?raw';
import m0007 from './0007-timeline-codes.sql?raw';
import m0009 from './0009-deadline-recompute.sql?raw';
import { RULES_VERSION } from '../../../shared/deadlines/version';
import { OPEN_STATUSES } from '../../../shared/model/request-vocabulary';
import type { Db } from '../database';
import type { MigrationStepRef } from '../migration-steps';
import { stmt } from '../statements';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * Work SQL cannot do (e.g. running the deadline engine), run after `sql` in the same
   * transaction, so the version bump, the SQL and the step commit together.
   */
  step?: MigrationStepRef;
}

/** Open requests whose stored deadline came from other rules (main/services/requests/recompute.ts). */
export const RECOMPUTE_DEADLINES: MigrationStepRef = {
  name: 'recompute-deadlines',
  needed: (db: Db) =>
    stmt(db, `SELECT 1 FROM requests WHERE rules_version <> ? AND status IN (${OPEN_STATUSES.map(() => '?').join(', ')}) LIMIT 1`).get(
      RULES_VERSION,
      ...OPEN_STATUSES,
    ) !== undefined,
};

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: m0001 },
  { version: 2, name: 'requests', sql: m0002 },
  { version: 3, name: 'dashboard-summaries', sql: m0003 },
  { version: 4, name: 'list-counts', sql: m0004 },
  { version: 5, name: 'file-store', sql: m0005 },
  { version: 6, name: 'reference-counters', sql: m0006 },
  { version: 7, name: 'timeline-codes', sql: m0007 },
  { version: 9, name: 'deadline-recompute', sql: m0009, step: RECOMPUTE_DEADLINES },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
