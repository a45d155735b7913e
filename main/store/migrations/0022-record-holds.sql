-- Holds on disclosures and breaches, as request_holds is for requests: a legal claim or a
-- complaint may turn on a disclosure or a breach record, which must then outlive its retention
-- period (GDPR Art. 17(3)(e)). One hold per record; the reason is the DPO's free text.
CREATE TABLE record_holds (
  kind      TEXT NOT NULL,    -- 'disclosure' or 'breach'
  record_id INTEGER NOT NULL,
  until     TEXT NOT NULL,
  reason    TEXT NOT NULL,
  set_at    TEXT NOT NULL,
  set_by    TEXT NOT NULL,
  PRIMARY KEY (kind, record_id)
) STRICT, WITHOUT ROWID;
