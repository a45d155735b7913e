// Numbered migrations, applied in order; `PRAGMA user_version` records the last one applied.
// Add a file NNNN-name.sql and a line here. Never edit a migration that has shipped.
import m0001 from './0001-foundation.sql?raw';
import m0002 from './0002-requests.sql?raw';
import m0003 from './0003-dashboard-summaries.sql?raw';
import m0004 from './0004-list-counts.sql?raw';
import m0005 from './0005-timeline-codes.sql?raw';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'foundation', sql: m0001 },
  { version: 2, name: 'requests', sql: m0002 },
  { version: 3, name: 'dashboard-summaries', sql: m0003 },
  { version: 4, name: 'list-counts', sql: m0004 },
  { version: 5, name: 'timeline-codes', sql: m0005 },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
