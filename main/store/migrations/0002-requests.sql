-- Data subject requests. Deadlines are derived by shared/deadlines and stored with the
-- rules version that produced them; they are recomputed on every state change.
CREATE TABLE requests (
  id                    INTEGER PRIMARY KEY,
  ref                   TEXT NOT NULL UNIQUE,        -- DSR-2026-00042
  ref_year              INTEGER NOT NULL,
  ref_seq               INTEGER NOT NULL,
  types                 TEXT NOT NULL,               -- canonical order, joined with '+'
  status                TEXT NOT NULL CHECK (status IN ('received', 'awaiting-identity', 'awaiting-clarification',
                          'in-progress', 'extended', 'responded', 'closed', 'refused', 'withdrawn', 'duplicate')),
  name                  TEXT NOT NULL,
  email                 TEXT NOT NULL,
  email_norm            TEXT NOT NULL,               -- lower case, for duplicate detection
  postal_address        TEXT,
  phone                 TEXT,
  customer_id           TEXT,
  relation              TEXT NOT NULL CHECK (relation IN ('self', 'representative', 'parent')),
  on_behalf_of          TEXT,
  channel               TEXT NOT NULL CHECK (channel IN ('email', 'web-form', 'live-chat', 'phone', 'letter', 'in-person')),
  mailbox               TEXT,
  received_date         TEXT NOT NULL,               -- local date in the organisation's zone
  received_time         TEXT,                        -- local HH:MM, NULL when unknown
  regime                TEXT NOT NULL,
  country               TEXT NOT NULL,
  description           TEXT,
  due                   TEXT NOT NULL,               -- legal deadline without extension
  effective_due         TEXT NOT NULL,               -- the deadline that binds
  extended_due          TEXT,
  internal_target       TEXT NOT NULL,
  clock_stopped         INTEGER NOT NULL DEFAULT 0,
  rules_version         TEXT NOT NULL,
  verification_method   TEXT,
  verified_on           TEXT,
  verified_by           TEXT,
  extension_notice_on   TEXT,
  extension_reasons     TEXT,
  answered_on           TEXT,                        -- responded or refused on
  refusal_ground        TEXT,
  refusal_reason        TEXT,
  duplicate_of          INTEGER REFERENCES requests (id),
  possible_duplicate_of INTEGER REFERENCES requests (id),
  created_at            TEXT NOT NULL,
  updated_at            TEXT NOT NULL,
  version               INTEGER NOT NULL DEFAULT 1,
  UNIQUE (ref_year, ref_seq)
) STRICT;

-- List filters and sorts (main/services/requests/list.ts).
CREATE INDEX requests_due ON requests (effective_due, id);
CREATE INDEX requests_status_due ON requests (status, effective_due, id);
CREATE INDEX requests_received ON requests (received_date, id);
CREATE INDEX requests_channel_due ON requests (channel, effective_due, id);
CREATE INDEX requests_updated ON requests (updated_at, id);
CREATE INDEX requests_name ON requests (name COLLATE NOCASE, id);
CREATE INDEX requests_answered ON requests (answered_on) WHERE answered_on IS NOT NULL;
-- Duplicate detection: same e-mail or customer number within 30 days.
CREATE INDEX requests_email ON requests (email_norm, received_date);
CREATE INDEX requests_customer ON requests (customer_id, received_date) WHERE customer_id IS NOT NULL;

-- One row per type, for the type filter and the per-month statistics.
CREATE TABLE request_types (
  type       TEXT NOT NULL,
  request_id INTEGER NOT NULL REFERENCES requests (id),
  PRIMARY KEY (type, request_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX request_types_request ON request_types (request_id);

-- Substring search over reference, name, e-mail and customer number (trigram: any script,
-- case-insensitive; queries shorter than 3 characters fall back to LIKE).
CREATE VIRTUAL TABLE requests_fts USING fts5 (
  ref, name, email, customer_id,
  content = 'requests', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER requests_fts_insert AFTER INSERT ON requests BEGIN
  INSERT INTO requests_fts (rowid, ref, name, email, customer_id) VALUES (new.id, new.ref, new.name, new.email, new.customer_id);
END;
CREATE TRIGGER requests_fts_update AFTER UPDATE OF ref, name, email, customer_id ON requests BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, ref, name, email, customer_id) VALUES ('delete', old.id, old.ref, old.name, old.email, old.customer_id);
  INSERT INTO requests_fts (rowid, ref, name, email, customer_id) VALUES (new.id, new.ref, new.name, new.email, new.customer_id);
END;
CREATE TRIGGER requests_fts_delete AFTER DELETE ON requests BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, ref, name, email, customer_id) VALUES ('delete', old.id, old.ref, old.name, old.email, old.customer_id);
END;

-- Clock stops (GDPR Art. 12(6) identity, Recital 63 clarification). to_date NULL: still open.
CREATE TABLE request_pauses (
  id         INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES requests (id),
  reason     TEXT NOT NULL CHECK (reason IN ('identity', 'clarification')),
  from_date  TEXT NOT NULL,
  to_date    TEXT
) STRICT;
CREATE INDEX request_pauses_request ON request_pauses (request_id, from_date);

-- Timeline: every action, note, letter and attachment. direction keeps internal notes apart from
-- what went to or came from the subject.
CREATE TABLE request_events (
  id            INTEGER PRIMARY KEY,
  request_id    INTEGER NOT NULL REFERENCES requests (id),
  at            TEXT NOT NULL,
  on_date       TEXT,
  kind          TEXT NOT NULL CHECK (kind IN ('created', 'action', 'note', 'attachment')),
  direction     TEXT NOT NULL CHECK (direction IN ('internal', 'to-subject', 'from-subject')),
  action        TEXT,
  text          TEXT NOT NULL,
  actor         TEXT NOT NULL,
  attachment_id INTEGER
) STRICT;
CREATE INDEX request_events_request ON request_events (request_id, id);

-- Attachments live inside the encrypted database; bodies in their own table so listing
-- metadata never pages through the blobs, and so a body can be deleted (data minimisation)
-- while the record that it existed stays.
CREATE TABLE request_attachments (
  id                        INTEGER PRIMARY KEY,
  request_id                INTEGER NOT NULL REFERENCES requests (id),
  filename                  TEXT NOT NULL,
  mime_type                 TEXT NOT NULL,
  size_bytes                INTEGER NOT NULL,
  sha256                    TEXT NOT NULL,
  kind                      TEXT NOT NULL,
  delete_after_verification INTEGER NOT NULL DEFAULT 0,
  added_at                  TEXT NOT NULL,
  added_by                  TEXT NOT NULL,
  deleted_at                TEXT,
  deleted_reason            TEXT
) STRICT;
CREATE INDEX request_attachments_request ON request_attachments (request_id, id);

CREATE TABLE attachment_bodies (
  attachment_id INTEGER PRIMARY KEY REFERENCES request_attachments (id),
  body          BLOB NOT NULL
) STRICT;

-- GDPR Art. 19: per recipient, notified on a date or impossible / disproportionate with a reason.
CREATE TABLE request_art19 (
  request_id     INTEGER NOT NULL REFERENCES requests (id),
  recipient_id   TEXT NOT NULL,
  recipient_name TEXT NOT NULL,
  outcome        TEXT NOT NULL CHECK (outcome IN ('notified', 'impossible', 'disproportionate')),
  notified_on    TEXT,
  reason         TEXT,
  PRIMARY KEY (request_id, recipient_id)
) STRICT;

-- Deadline reminders shown: once per request per threshold.
CREATE TABLE request_reminders (
  request_id INTEGER NOT NULL REFERENCES requests (id),
  threshold  TEXT NOT NULL CHECK (threshold IN ('due-soon', 'overdue')),
  shown_at   TEXT NOT NULL,
  PRIMARY KEY (request_id, threshold)
) STRICT;
