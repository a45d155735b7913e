-- Audit trail format 2 (main/store/audit-chain.ts): nothing personal in the hashed bytes, so
-- personal data can be erased when its retention period ends (GDPR Art. 5(1)(e)) while the chain
-- still verifies. The old rows are moved aside here; main/store/audit-rechain.ts moves their
-- personal fields into audit_details and recomputes the chain in this same transaction.
DROP TRIGGER IF EXISTS audit_events_no_update;
DROP TRIGGER IF EXISTS audit_events_no_delete;
DROP INDEX audit_events_entity;
DROP INDEX audit_events_operation;
ALTER TABLE audit_events RENAME TO audit_events_v1;

-- `body` holds the exact bytes that are hashed (canonical JSON of [seq, at, actor, operation,
-- entity_type, entity_id, summary, commitment, hash before this migration]). The columns lists
-- filter on are read out of it (generated), so they can never disagree with what is hashed.
CREATE TABLE audit_events (
  seq         INTEGER PRIMARY KEY,
  body        BLOB NOT NULL,
  prev_hash   TEXT NOT NULL,
  hash        TEXT NOT NULL,
  at          TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[1]')) VIRTUAL,
  actor       TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[2]')) VIRTUAL,
  operation   TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[3]')) VIRTUAL,
  entity_type TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[4]')) VIRTUAL,
  entity_id   TEXT GENERATED ALWAYS AS (json_extract(CAST(body AS TEXT), '$[5]')) VIRTUAL
) STRICT;
CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id, seq);
CREATE INDEX audit_events_operation ON audit_events (operation, seq);
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Personal details of an event, erasable: deleting the row (salt with it) leaves only the
-- commitment in the chain. secure_delete overwrites the freed bytes.
CREATE TABLE audit_details (
  seq     INTEGER PRIMARY KEY,               -- the audit event it belongs to (written just before it)
  salt    BLOB NOT NULL,
  details TEXT NOT NULL
) STRICT;

-- Each recomputation of the chain: the head before and after, recorded together.
CREATE TABLE audit_rechains (
  id                INTEGER PRIMARY KEY,
  at                TEXT NOT NULL,
  old_seq           INTEGER NOT NULL,
  old_hash          TEXT NOT NULL,
  new_hash          TEXT NOT NULL,
  old_chain_intact  INTEGER NOT NULL,
  old_chain_problem TEXT
) STRICT;

-- Retention (main/services/retention): holds keep a request from being purged until a date
-- (a legal claim, a complaint pending), and purged records carry when they were purged.
CREATE TABLE request_holds (
  request_id INTEGER PRIMARY KEY REFERENCES requests (id),
  until      TEXT NOT NULL,
  reason     TEXT NOT NULL,
  set_at     TEXT NOT NULL,
  set_by     TEXT NOT NULL
) STRICT;
ALTER TABLE requests ADD COLUMN purged_at TEXT;
-- The purge looks for finished requests not purged yet.
CREATE INDEX requests_unpurged ON requests (status, id) WHERE purged_at IS NULL;
-- Deleting from the search index removes the entry's terms from its segments at once, instead of
-- leaving them behind a delete marker until the segments are merged: a purged name must not
-- linger in the index (GDPR Art. 17).
INSERT INTO requests_fts (requests_fts, rank) VALUES ('secure-delete', 1);
