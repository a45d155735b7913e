-- Privacy policy revisions: every published version of the privacy notice, its metadata, and the
-- Art. 13/14 checklist result per revision (GDPR Art. 12, 13, 14; Art. 5(2) accountability).
-- The original bytes live in the file store (owner_kind 'policy-revision'); `text` is the
-- normalised text that revisions are diffed and checked on. Vocabulary columns are checked by the
-- application against shared/model/policy.ts (see 0012 for why not by CHECK).
CREATE TABLE policy_revisions (
  id               INTEGER PRIMARY KEY,
  public_id        TEXT NOT NULL UNIQUE,
  -- 1, 2, 3 … in the order revisions were recorded: what people call "revision 3".
  number           INTEGER NOT NULL UNIQUE,
  label            TEXT,
  effective_date   TEXT NOT NULL,
  published_on     TEXT,
  approved_by      TEXT,
  change_class     TEXT,
  -- Comma-joined material change codes.
  material_changes TEXT NOT NULL DEFAULT '',
  notice_on        TEXT,
  -- Comma-joined notice channel codes.
  notice_how       TEXT NOT NULL DEFAULT '',
  notice_note      TEXT,
  -- Whether a notice was recorded at all (a notice without a date is still a notice).
  has_notice       INTEGER NOT NULL DEFAULT 0,
  format           TEXT NOT NULL,
  text             TEXT NOT NULL,
  -- Of the normalised text: the same text imported twice is refused.
  text_sha256      TEXT NOT NULL UNIQUE,
  version          INTEGER NOT NULL DEFAULT 1,
  created_at       TEXT NOT NULL,
  updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX policy_revisions_effective ON policy_revisions (effective_date, number);

-- The checklist result of each revision, one row per item: what the rules found and, beside it,
-- the DPO's override with its note (the audit trail records who changed which item to what).
CREATE TABLE policy_checklist (
  revision_id     INTEGER NOT NULL REFERENCES policy_revisions (id),
  item            TEXT NOT NULL,
  auto_status     TEXT NOT NULL,
  -- JSON array of sentences.
  auto_evidence   TEXT NOT NULL,
  override_status TEXT,
  override_note   TEXT,
  -- JSON array of sentences the DPO quoted for an override to 'present'.
  override_evidence TEXT,
  override_at     TEXT,
  override_by     TEXT,
  PRIMARY KEY (revision_id, item)
) STRICT, WITHOUT ROWID;
