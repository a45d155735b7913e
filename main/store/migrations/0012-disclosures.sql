-- The disclosures register: who received customer data, on what ground, and what the subject may
-- be told (GDPR Art. 15(1)(c), 19, 30, 5(2)). Vocabulary columns (kind, ground, secrecy, …) are
-- checked by the application against shared/model/disclosure.ts, not by CHECK constraints:
-- SQLite cannot change a CHECK without rebuilding the table, and the word lists will grow.
--
-- Public ids are UUIDv7 (what the contract names); integer ids stay internal.

-- The recipients directory: one entry per organisation (or person) data went to, reused.
CREATE TABLE disclosure_recipients (
  id            INTEGER PRIMARY KEY,
  public_id     TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL COLLATE NOCASE,
  kind          TEXT NOT NULL,
  country       TEXT,
  contact       TEXT,
  third_country INTEGER NOT NULL DEFAULT 0,
  safeguard     TEXT,
  created_at    TEXT NOT NULL,
  UNIQUE (name, kind)
) STRICT;

-- One row per disclosure event holding its CURRENT version, for lists, filters and statistics.
-- Every version, the first included, is kept whole in disclosure_versions: a correction writes a
-- new version and updates this row in the same transaction, never a silent edit.
CREATE TABLE disclosures (
  id              INTEGER PRIMARY KEY,
  public_id       TEXT NOT NULL UNIQUE,
  ref             TEXT NOT NULL UNIQUE,
  recipient_id    INTEGER NOT NULL REFERENCES disclosure_recipients (id),
  -- The recipient's kind at the time, copied so statistics read one table.
  recipient_kind  TEXT NOT NULL,
  disclosed_on    TEXT NOT NULL,
  disclosed_time  TEXT,
  ground          TEXT NOT NULL,
  ground_note     TEXT,
  reference       TEXT,
  -- Comma-joined category codes.
  categories      TEXT NOT NULL,
  case_ref        TEXT,
  approved_by     TEXT,
  approved_on     TEXT,
  inquiry         INTEGER NOT NULL DEFAULT 0,
  secrecy         TEXT NOT NULL,
  secret_until    TEXT,
  secrecy_ground  TEXT,
  flow_frequency  TEXT,
  flow_from       TEXT,
  flow_to         TEXT,
  flow_note       TEXT,
  bulk_count      INTEGER,
  subjects_count  INTEGER NOT NULL,
  subject_told_on TEXT,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX disclosures_date ON disclosures (disclosed_on, id);
CREATE INDEX disclosures_recipient ON disclosures (recipient_id, disclosed_on);
CREATE INDEX disclosures_secret_until ON disclosures (secret_until) WHERE secret_until IS NOT NULL;
-- The list's filters: by kind, by ground, and "secret now" (a small share of the register).
CREATE INDEX disclosures_kind_date ON disclosures (recipient_kind, disclosed_on, id);
CREATE INDEX disclosures_ground_date ON disclosures (ground, disclosed_on, id);
CREATE INDEX disclosures_secret_date ON disclosures (disclosed_on, id) WHERE secrecy <> 'may-tell';

-- The subjects of the current version: an e-mail address (lower-cased), a customer number or a
-- request (its requester), one per row. A bulk disclosure has only its count on the disclosure.
CREATE TABLE disclosure_subjects (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
  email_norm    TEXT,
  customer_id   TEXT,
  request_id    INTEGER REFERENCES requests (id),
  CHECK ((email_norm IS NOT NULL) + (customer_id IS NOT NULL) + (request_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX disclosure_subjects_of ON disclosure_subjects (disclosure_id);
CREATE INDEX disclosure_subjects_email ON disclosure_subjects (email_norm, disclosure_id) WHERE email_norm IS NOT NULL;
CREATE INDEX disclosure_subjects_customer ON disclosure_subjects (customer_id, disclosure_id) WHERE customer_id IS NOT NULL;
CREATE INDEX disclosure_subjects_request ON disclosure_subjects (request_id, disclosure_id) WHERE request_id IS NOT NULL;

-- Every version of every disclosure, whole (canonical JSON of the validated content).
CREATE TABLE disclosure_versions (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
  version       INTEGER NOT NULL,
  content       TEXT NOT NULL,
  reason        TEXT,
  at            TEXT NOT NULL,
  by            TEXT NOT NULL,
  PRIMARY KEY (disclosure_id, version)
) STRICT, WITHOUT ROWID;

-- "Secret until" reminders shown: once per disclosure and end date (a correction that moves the
-- date brings the reminder back).
CREATE TABLE disclosure_reminders (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
  until         TEXT NOT NULL,
  shown_at      TEXT NOT NULL,
  PRIMARY KEY (disclosure_id, until)
) STRICT, WITHOUT ROWID;
