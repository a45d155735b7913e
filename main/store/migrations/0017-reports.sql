-- Generated reports (case files, audit packs; letters later) and bodies stored in pieces.
--
-- A PDF is written into the database while it is laid out, piece by piece: a 100,000-request
-- audit pack must not be held whole in memory, and must never touch the disk as a plaintext temp
-- file. file_bodies keeps one blob per file (unchanged for every file stored before); a streamed
-- file's bytes are its rows here in seq order. A file has either a file_bodies row or chunks.
CREATE TABLE file_body_chunks (
  file_id INTEGER NOT NULL REFERENCES files (id),
  seq     INTEGER NOT NULL,
  body    BLOB NOT NULL,
  PRIMARY KEY (file_id, seq)
) STRICT;

-- One row per generated report: what was asked (kind, period, the request for a case file), what
-- came out (pages, the file in the file store with its SHA-256) and the audit-trail head it printed.
-- The file is owned by the report (owner_kind 'report'), or by the request for a case file, so
-- the request lists it.
CREATE TABLE reports (
  id           INTEGER PRIMARY KEY,
  public_id    TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL,
  request_id   INTEGER REFERENCES requests (id),
  period_from  TEXT,
  period_to    TEXT,
  lang         TEXT NOT NULL,
  file_id      INTEGER NOT NULL REFERENCES files (id),
  pages        INTEGER NOT NULL,
  audit_seq    INTEGER NOT NULL,
  audit_hash   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  created_by   TEXT NOT NULL
) STRICT;
CREATE INDEX reports_kind ON reports (kind, id);
CREATE INDEX reports_request ON reports (request_id) WHERE request_id IS NOT NULL;
