-- References (DSR-2026-00042) come from a counter per prefix and year, taken under the write lock
-- in the transaction that uses it, instead of max(seq) + 1 over the register. With one writer the
-- two agree; the counter also stays right when several writers share one database (a team
-- server's row lock), and never hands out a number again after the newest record of a year is
-- gone (a purge keeps records, but a counter does not depend on that).
CREATE TABLE reference_counters (
  prefix TEXT NOT NULL,
  year   INTEGER NOT NULL,
  last   INTEGER NOT NULL,
  PRIMARY KEY (prefix, year)
) STRICT, WITHOUT ROWID;

INSERT INTO reference_counters (prefix, year, last)
  SELECT 'DSR', ref_year, max(ref_seq) FROM requests GROUP BY ref_year;
