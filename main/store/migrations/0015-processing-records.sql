-- Records of processing activities (GDPR Art. 30): the organisation's own processing as a
-- controller (Art. 30(1)) and what it processes on its customers' behalf as a processor
-- (Art. 30(2)). Vocabulary columns are checked by the application against
-- shared/model/processing.ts, not by CHECK constraints (the word lists will grow).

-- One row per activity holding its CURRENT version, for the list, its filters and the review
-- reminders. Every version, the first included, is kept whole in processing_versions: a change
-- writes a new version and updates this row in the same transaction, never an edit in place.
CREATE TABLE processing_activities (
  id               INTEGER PRIMARY KEY,
  public_id        TEXT NOT NULL UNIQUE,
  ref              TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL,
  name             TEXT NOT NULL COLLATE NOCASE,
  -- Processor records: the controller (customer) the processing is done for.
  controller_name  TEXT,
  -- '+'-joined codes with a leading and trailing '+', so instr(subject_kinds, '+customer+') finds one.
  subject_kinds    TEXT NOT NULL,
  data_categories  TEXT NOT NULL,
  last_reviewed_on TEXT,
  -- The example record's key for activities loaded from it (loaded once, even after a delete).
  example_key      TEXT UNIQUE,
  -- Removed from the record: kept, with its versions, so the record as it stood earlier still shows it.
  deleted_at       TEXT,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX processing_activities_kind ON processing_activities (kind, ref) WHERE deleted_at IS NULL;

-- Every version of every activity, whole (canonical JSON of the validated content), with who
-- wrote it and when; `deleted` marks the version that removed the activity from the record.
CREATE TABLE processing_versions (
  activity_id INTEGER NOT NULL REFERENCES processing_activities (id),
  version     INTEGER NOT NULL,
  content     TEXT NOT NULL,
  deleted     INTEGER NOT NULL DEFAULT 0,
  reason      TEXT,
  at          TEXT NOT NULL,
  by          TEXT NOT NULL,
  PRIMARY KEY (activity_id, version)
) STRICT, WITHOUT ROWID;
