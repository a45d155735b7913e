-- The breach register (GDPR Art. 33(5)): every personal-data breach, notified or not. As with the
-- disclosures register, a current row serves lists, filters, the dashboard's clock alerts and
-- the CSV, and every version (the first included) is kept whole in breach_versions: a correction,
-- the notification to the authority and each phased follow-up (Art. 33(4)) write a new version,
-- so the register can be shown as it stood on any date. Vocabulary columns are checked by the
-- application (shared/model/breach.ts), not by CHECK constraints, as the word lists may grow.
--
-- Instants are UTC ISO 8601 strings (toISOString: same length, so they compare as text); the
-- zone each was recorded in is kept in the version's content beside its wall-clock time.
CREATE TABLE breaches (
  id              INTEGER PRIMARY KEY,
  public_id       TEXT NOT NULL UNIQUE,
  ref             TEXT NOT NULL UNIQUE,
  title           TEXT NOT NULL,
  role            TEXT NOT NULL,
  discovered_at   TEXT NOT NULL,
  aware_at        TEXT NOT NULL,
  aware_zone      TEXT NOT NULL,
  -- The local date of awareness in aware_zone, for the period filter.
  aware_date      TEXT NOT NULL,
  -- aware_at + 72 hours (GDPR Art. 33(1)), so "notified late" and "overdue" are plain comparisons.
  deadline_at     TEXT NOT NULL,
  -- Comma-joined codes.
  natures         TEXT NOT NULL,
  risk            TEXT NOT NULL,
  subjects_approx INTEGER,
  records_approx  INTEGER,
  notified_at     TEXT,
  follow_ups      INTEGER NOT NULL DEFAULT 0,
  subjects_told   TEXT NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX breaches_aware ON breaches (aware_at, id);
-- The clocks still running (not notified, a controller's breach with some risk): the dashboard
-- reads only these.
CREATE INDEX breaches_open_clock ON breaches (aware_at) WHERE notified_at IS NULL AND role = 'controller' AND risk <> 'none';

CREATE TABLE breach_versions (
  breach_id INTEGER NOT NULL REFERENCES breaches (id),
  version   INTEGER NOT NULL,
  -- recorded, corrected, notified, follow-up, file
  change    TEXT NOT NULL,
  content   TEXT NOT NULL,
  reason    TEXT,
  at        TEXT NOT NULL,
  by        TEXT NOT NULL,
  PRIMARY KEY (breach_id, version)
) STRICT, WITHOUT ROWID;
-- "As it stood on date D": the newest version recorded by then, per breach.
CREATE INDEX breach_versions_at ON breach_versions (at);

-- What each file is to its breach (evidence, the notification as sent, the authority's reply);
-- the bytes and the record live in the one file store (files, owner_kind 'breach').
CREATE TABLE breach_files (
  file_id INTEGER PRIMARY KEY REFERENCES files (id),
  purpose TEXT NOT NULL
) STRICT;
