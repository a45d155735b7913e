-- Audit trail storage, format 2 unchanged in what is hashed (main/store/audit-chain.ts): every
-- event keeps the hash it has, so checkpoints printed on reports and heads recorded at lock and
-- backup stay on the chain without a re-chain. Only how the hash is stored changes:
-- - `hash` as its 32 bytes (BLOB) instead of 64 hex characters: verify compares bytes, and a
--   million events carry 32 MB less;
-- - no `prev_hash`: it was a copy of the previous row's hash. Each hash covers its predecessor's,
--   so a moved, inserted or deleted row is caught by the hash check alone.
-- One transaction (the migration's): the rows are copied in seq order, the indexes built after,
-- then the old table dropped.
DROP TRIGGER IF EXISTS audit_events_no_update;
DROP TRIGGER IF EXISTS audit_events_no_delete;
DROP INDEX audit_events_entity;
DROP INDEX audit_events_operation;
ALTER TABLE audit_events RENAME TO audit_events_hex;

CREATE TABLE audit_events (
  seq         INTEGER PRIMARY KEY,
  body        BLOB NOT NULL,
  hash        BLOB NOT NULL CHECK (length(hash) = 32),
  at          TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[1]')) VIRTUAL,
  actor       TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[2]')) VIRTUAL,
  operation   TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[3]')) VIRTUAL,
  entity_type TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[4]')) VIRTUAL,
  entity_id   TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[5]')) VIRTUAL
) STRICT;
-- A stored hash that is not 64 hex characters (a damaged or tampered row) becomes 32 zero bytes,
-- which no body hashes to: the row is kept and verify still reports it at its seq, instead of the
-- migration refusing to open the database.
INSERT INTO audit_events (seq, body, hash)
  SELECT seq, body, CASE WHEN length(hash) = 64 AND unhex(hash) IS NOT NULL THEN unhex(hash) ELSE zeroblob(32) END
  FROM audit_events_hex ORDER BY seq;
-- audit_events_hex is dropped by the migration's Node step (dropOldAuditTable), after this SQL.
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, seq);
CREATE INDEX audit_events_operation ON audit_events (operation, seq);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
