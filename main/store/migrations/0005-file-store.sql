-- One file store for every register. Request attachments were the only files so far; the
-- registers that follow (disclosures with their police orders, policy revisions with their texts,
-- breaches, generated letters, case files and audit packs) keep theirs here too, each owned by
-- one record (owner_kind + owner_id). Bodies stay in their own table so listing metadata never
-- pages through blobs, and so the bytes can be deleted (data minimisation) while the record that
-- the file existed stays.
--
-- owner_kind and kind are checked by the application against shared/model/files.ts rather than
-- by a CHECK here: SQLite cannot alter a CHECK constraint without rebuilding the table, and every
-- new register adds an owner kind.
CREATE TABLE files (
  id             INTEGER PRIMARY KEY,
  owner_kind     TEXT NOT NULL,
  owner_id       INTEGER NOT NULL,
  kind           TEXT NOT NULL,
  filename       TEXT NOT NULL,
  mime_type      TEXT NOT NULL,
  size_bytes     INTEGER NOT NULL,
  sha256         TEXT NOT NULL,
  -- A milestone of the owner ('identity-verified') or a date YYYY-MM-DD; NULL: keep.
  delete_after   TEXT,
  added_at       TEXT NOT NULL,
  added_by       TEXT NOT NULL,
  deleted_at     TEXT,
  deleted_reason TEXT
) STRICT;
CREATE INDEX files_owner ON files (owner_kind, owner_id, id);

CREATE TABLE file_bodies (
  file_id INTEGER PRIMARY KEY REFERENCES files (id),
  body    BLOB NOT NULL
) STRICT;

-- Every existing attachment keeps its id, so timeline entries (request_events.attachment_id) and
-- audit events that name it still point at the same file.
INSERT INTO files (id, owner_kind, owner_id, kind, filename, mime_type, size_bytes, sha256, delete_after, added_at, added_by, deleted_at, deleted_reason)
  SELECT id, 'request', request_id, kind, filename, mime_type, size_bytes, sha256,
         CASE WHEN delete_after_verification = 1 THEN 'identity-verified' END,
         added_at, added_by, deleted_at, deleted_reason
  FROM request_attachments;
INSERT INTO file_bodies (file_id, body) SELECT attachment_id, body FROM attachment_bodies;

DROP TABLE attachment_bodies;
DROP TABLE request_attachments;
