-- Disclosure list totals and quarterly statistics at scale. At 100,000 disclosures the "secret
-- now" list counted 31,000 rows one by one for its total (9-12 ms a page) and the transparency
-- statistics grouped every row on each call (~105 ms). These tables hold the same numbers, kept
-- exact by triggers in the same transaction as the change (as request_month_stats, 0003).

-- Disclosures per recipient kind, ground, Art. 4(9) inquiry flag and secrecy decision: a list
-- filtered only by kind, ground and inquiry takes its total from here (a sum over ~100 rows), and
-- the "secret now" total adds the undated secrets from here to a count over the dated ones.
CREATE TABLE disclosure_counts (
  recipient_kind TEXT NOT NULL,
  ground         TEXT NOT NULL,
  inquiry        INTEGER NOT NULL,
  secrecy        TEXT NOT NULL,
  n              INTEGER NOT NULL,
  PRIMARY KEY (recipient_kind, ground, inquiry, secrecy)
) STRICT, WITHOUT ROWID;

INSERT INTO disclosure_counts (recipient_kind, ground, inquiry, secrecy, n)
  SELECT recipient_kind, ground, inquiry, secrecy, count(*) FROM disclosures GROUP BY 1, 2, 3, 4;

CREATE TRIGGER disclosure_counts_insert AFTER INSERT ON disclosures BEGIN
  INSERT INTO disclosure_counts (recipient_kind, ground, inquiry, secrecy, n) VALUES (new.recipient_kind, new.ground, new.inquiry, new.secrecy, 1)
    ON CONFLICT (recipient_kind, ground, inquiry, secrecy) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER disclosure_counts_update AFTER UPDATE OF recipient_kind, ground, inquiry, secrecy ON disclosures BEGIN
  UPDATE disclosure_counts SET n = n - 1
    WHERE recipient_kind = old.recipient_kind AND ground = old.ground AND inquiry = old.inquiry AND secrecy = old.secrecy;
  INSERT INTO disclosure_counts (recipient_kind, ground, inquiry, secrecy, n) VALUES (new.recipient_kind, new.ground, new.inquiry, new.secrecy, 1)
    ON CONFLICT (recipient_kind, ground, inquiry, secrecy) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER disclosure_counts_delete AFTER DELETE ON disclosures BEGIN
  UPDATE disclosure_counts SET n = n - 1
    WHERE recipient_kind = old.recipient_kind AND ground = old.ground AND inquiry = old.inquiry AND secrecy = old.secrecy;
END;

-- The dated secrets still running are counted in this index alone (covering): the few thousand
-- whose date is still to come, not the tens of thousands whose date has passed.
CREATE INDEX disclosures_secret_until_running ON disclosures (secret_until) WHERE secrecy = 'secret-until';

-- Transparency statistics per quarter (YYYY-Qn of disclosed_on), recipient kind and ground: the
-- sums the statistics show. Whole quarters of a period are read from here; a period that starts
-- or ends inside a quarter counts those days from the disclosures themselves.
CREATE TABLE disclosure_quarter_stats (
  quarter        TEXT NOT NULL,
  recipient_kind TEXT NOT NULL,
  ground         TEXT NOT NULL,
  n              INTEGER NOT NULL,
  inquiries      INTEGER NOT NULL,
  subjects       INTEGER NOT NULL,
  told           INTEGER NOT NULL,
  PRIMARY KEY (quarter, recipient_kind, ground)
) STRICT, WITHOUT ROWID;

INSERT INTO disclosure_quarter_stats (quarter, recipient_kind, ground, n, inquiries, subjects, told)
  SELECT substr(disclosed_on, 1, 4) || '-Q' || ((CAST(substr(disclosed_on, 6, 2) AS INTEGER) + 2) / 3), recipient_kind, ground,
         count(*), sum(inquiry), sum(subjects_count), sum(subject_told_on IS NOT NULL)
  FROM disclosures GROUP BY 1, 2, 3;

CREATE TRIGGER disclosure_quarter_stats_insert AFTER INSERT ON disclosures BEGIN
  INSERT INTO disclosure_quarter_stats (quarter, recipient_kind, ground, n, inquiries, subjects, told)
    VALUES (substr(new.disclosed_on, 1, 4) || '-Q' || ((CAST(substr(new.disclosed_on, 6, 2) AS INTEGER) + 2) / 3), new.recipient_kind, new.ground,
            1, new.inquiry, new.subjects_count, new.subject_told_on IS NOT NULL)
    ON CONFLICT (quarter, recipient_kind, ground) DO UPDATE SET
      n = n + 1, inquiries = inquiries + excluded.inquiries, subjects = subjects + excluded.subjects, told = told + excluded.told;
END;
CREATE TRIGGER disclosure_quarter_stats_update AFTER UPDATE OF disclosed_on, recipient_kind, ground, inquiry, subjects_count, subject_told_on ON disclosures BEGIN
  UPDATE disclosure_quarter_stats SET
      n = n - 1, inquiries = inquiries - old.inquiry, subjects = subjects - old.subjects_count, told = told - (old.subject_told_on IS NOT NULL)
    WHERE quarter = substr(old.disclosed_on, 1, 4) || '-Q' || ((CAST(substr(old.disclosed_on, 6, 2) AS INTEGER) + 2) / 3)
      AND recipient_kind = old.recipient_kind AND ground = old.ground;
  INSERT INTO disclosure_quarter_stats (quarter, recipient_kind, ground, n, inquiries, subjects, told)
    VALUES (substr(new.disclosed_on, 1, 4) || '-Q' || ((CAST(substr(new.disclosed_on, 6, 2) AS INTEGER) + 2) / 3), new.recipient_kind, new.ground,
            1, new.inquiry, new.subjects_count, new.subject_told_on IS NOT NULL)
    ON CONFLICT (quarter, recipient_kind, ground) DO UPDATE SET
      n = n + 1, inquiries = inquiries + excluded.inquiries, subjects = subjects + excluded.subjects, told = told + excluded.told;
END;
CREATE TRIGGER disclosure_quarter_stats_delete AFTER DELETE ON disclosures BEGIN
  UPDATE disclosure_quarter_stats SET
      n = n - 1, inquiries = inquiries - old.inquiry, subjects = subjects - old.subjects_count, told = told - (old.subject_told_on IS NOT NULL)
    WHERE quarter = substr(old.disclosed_on, 1, 4) || '-Q' || ((CAST(substr(old.disclosed_on, 6, 2) AS INTEGER) + 2) / 3)
      AND recipient_kind = old.recipient_kind AND ground = old.ground;
END;

-- Recipient corrections are versions, as disclosure corrections are: the directory row holds the
-- current version, every version (the first included) is kept whole with who, when and why.
ALTER TABLE disclosure_recipients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE disclosure_recipients ADD COLUMN updated_at TEXT;
UPDATE disclosure_recipients SET updated_at = created_at;

CREATE TABLE disclosure_recipient_versions (
  recipient_id INTEGER NOT NULL REFERENCES disclosure_recipients (id),
  version      INTEGER NOT NULL,
  content      TEXT NOT NULL,
  reason       TEXT,
  at           TEXT NOT NULL,
  by           TEXT NOT NULL,
  PRIMARY KEY (recipient_id, version)
) STRICT, WITHOUT ROWID;

-- The entries made before versions were kept become their first version, in the canonical JSON
-- the application writes (keys sorted); who made them is read from their audit event.
INSERT INTO disclosure_recipient_versions (recipient_id, version, content, reason, at, by)
  SELECT r.id, 1,
         json_object('contact', r.contact, 'country', r.country, 'kind', r.kind, 'name', r.name, 'safeguard', r.safeguard,
                     'thirdCountry', json(CASE r.third_country WHEN 1 THEN 'true' ELSE 'false' END)),
         NULL, r.created_at,
         coalesce((SELECT a.actor FROM audit_events a WHERE a.entity_type = 'disclosure-recipient' AND a.entity_id = r.public_id ORDER BY a.seq LIMIT 1), 'unknown')
  FROM disclosure_recipients r;

-- Desktop notifications of ended secrecy: once per disclosure and end date, kept apart from the
-- reminders the dashboard shows until the DPO marks them seen (a notification must not take the
-- reminder off the dashboard).
CREATE TABLE disclosure_notices (
  disclosure_id INTEGER NOT NULL REFERENCES disclosures (id),
  until         TEXT NOT NULL,
  notified_at   TEXT NOT NULL,
  PRIMARY KEY (disclosure_id, until)
) STRICT, WITHOUT ROWID;
