// Numbered migrations, applied in order; `PRAGMA user_version` records the last one applied.
// Add a file NNNN-name.sql and a line here. Never edit a migration that has shipped.
import m0001 from './0001-foundation.sql?raw';
import m0002 from './0002-requests.sql?raw';
import m0003 from './0003-dashboard-summaries.sql?raw';
import m0004 from './0004-list-counts.sql?raw';
import m0005 from './0005-file-store.sql?raw';
import m0006 from './0006-reference-counters.sql?raw';
import m0007 from './0007-timeline-codes.sql?raw';
import m0008 from './0008-public-ids.sql?raw';
import m0009 from './0009-deadline-recompute.sql?raw';
import m0010 from './0010-name-folding.sql?raw';
import m0011 from './0011-erasable-audit-details.sql?raw';
import m0012 from './0012-disclosures.sql?raw';
import m0013 from './0013-policy-revisions.sql?raw';
import m0014 from './0014-disclosure-summaries.sql?raw';
import m0015 from './0015-processing-records.sql?raw';
import m0016 from './0016-breaches.sql?raw';
import m0017 from './0017-reports.sql?raw';
import m0018 from './0018-letters.sql?raw';
import m0019 from './0019-audit-binary-hashes.sql?raw';
import m0020 from './0020-open-rules-index.sql?raw';
import m0021 from './0021-register-purge.sql?raw';
import m0022 from './0022-record-holds.sql?raw';
import m0023 from './0023-finished-on.sql?raw';
import { RULES_VERSION } from '../../../shared/deadlines/version';
import { OPEN_STATUSES } from '../../../shared/model/request-vocabulary';
import { rechainAuditTrail } from '../audit-rechain';
import type { Db } from '../database';
import type { MigrationStepRef } from '../migration-steps';
import { backfillPublicIds } from '../public-id';
import { stmt } from '../statements';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * A step that needs Node (ids generated in Node for existing rows, hashing), run after `sql`
   * in the same transaction. Deterministic SQL stays in the .sql file.
   */
  after?: (db: Db) => void;
}

/** `status IN ('received', …)`: the open statuses as SQL literals, matching the partial index. */
export const OPEN_STATUS_SQL = `status IN (${OPEN_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/**
 * Open requests whose stored deadline came from other rules (main/services/requests/recompute.ts).
 * Not tied to one migration: it runs after all of them, on every open that finds such requests,
 * so it always writes with the schema the code expects (its timeline entries and audit event use
 * the newest formats) and every later rules change is applied the same way.
 */
export const RECOMPUTE_DEADLINES: MigrationStepRef = {
  name: 'recompute-deadlines',
  needed: (db: Db) =>
    // From the partial index of open requests' rules versions (migration 0020), without reading a
    // row: every open of a workbench asks this. The statuses are literals (from the code, never
    // from input) because SQLite only uses a partial index whose WHERE the query visibly implies.
    stmt(db, `SELECT 1 FROM requests INDEXED BY requests_open_rules_version WHERE ${OPEN_STATUS_SQL} AND rules_version <> ? LIMIT 1`).get(RULES_VERSION) !==
    undefined,
};

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: m0001 },
  { version: 2, name: 'requests', sql: m0002 },
  { version: 3, name: 'dashboard-summaries', sql: m0003 },
  { version: 4, name: 'list-counts', sql: m0004 },
  { version: 5, name: 'file-store', sql: m0005 },
  { version: 6, name: 'reference-counters', sql: m0006 },
  { version: 7, name: 'timeline-codes', sql: m0007 },
  { version: 8, name: 'public-ids', sql: m0008, after: backfillPublicIds },
  // The index for RECOMPUTE_DEADLINES's look-up; the recompute itself runs after the last migration.
  { version: 9, name: 'deadline-recompute', sql: m0009 },
  { version: 10, name: 'name-folding', sql: m0010 },
  { version: 11, name: 'erasable-audit-details', sql: m0011, after: (db) => rechainAuditTrail(db) },
  { version: 12, name: 'disclosures', sql: m0012 },
  { version: 13, name: 'policy-revisions', sql: m0013 },
  { version: 14, name: 'disclosure-summaries', sql: m0014 },
  { version: 15, name: 'processing-records', sql: m0015 },
  { version: 16, name: 'breaches', sql: m0016 },
  { version: 17, name: 'reports', sql: m0017 },
  { version: 18, name: 'letters', sql: m0018 },
  // Same hashes, stored as 32 bytes, without the copy of the previous hash: verify within 2x raw SHA-256.
  { version: 19, name: 'audit-binary-hashes', sql: m0019, after: dropOldAuditTable },
  { version: 20, name: 'open-rules-index', sql: m0020 },
  { version: 21, name: 'register-purge', sql: m0021 },
  { version: 22, name: 'record-holds', sql: m0022 },
  { version: 23, name: 'finished-on', sql: m0023 },
];

/**
 * Migration 0019's old copy of the audit trail goes without overwriting its pages: secure_delete
 * (on for every connection, database.ts) would zero a page per page freed, a third of the
 * migration's time on a long trail, for bytes that hold nothing personal (the hashed bodies carry
 * no personal data since 0011, and the same bodies stay in the new table). Pages freed before were
 * zeroed when they were freed. Back on whatever happens.
 */
function dropOldAuditTable(db: Db): void {
  db.pragma('secure_delete = OFF');
  try {
    db.exec('DROP TABLE audit_events_hex');
  } finally {
    db.pragma('secure_delete = ON');
  }
}

/** Work run after the migrations, each when its `needed` finds something to do. */
export const AFTER_MIGRATIONS: readonly MigrationStepRef[] = [RECOMPUTE_DEADLINES];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
