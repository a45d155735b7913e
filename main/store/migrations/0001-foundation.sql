-- Settings: one row per key, JSON value validated by shared/model/settings.ts on read and write.
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- The audit trail: append-only and hash-chained. Each row's hash covers its content and the
-- previous row's hash (main/store/audit-chain.ts), so an edit, deletion or reordering breaks the
-- chain at that row.
CREATE TABLE audit_events (
  seq         INTEGER PRIMARY KEY,
  at          TEXT NOT NULL,
  actor       TEXT NOT NULL,
  operation   TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id   TEXT,
  summary     TEXT NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL
) STRICT;

CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, seq);
CREATE INDEX audit_events_operation ON audit_events (operation, seq);

-- Append-only by construction: the app never updates or deletes an audit row, and SQLite refuses
-- it if anything tries.
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Reminders, backups and other jobs record when they last ran, so they run once per period.
CREATE TABLE job_runs (
  job     TEXT PRIMARY KEY,
  last_at TEXT NOT NULL
) STRICT;
