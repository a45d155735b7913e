-- Dashboard summaries (issue: benchmarks). At 100,000 requests the dashboard's per-month and
-- on-time figures walked a year of rows (~320 ms); these tables hold the same counts per month
-- and per answer day, kept exact by triggers in the same transaction as the change, so the
-- dashboard reads a few hundred summary rows instead.

-- Requests received per month, per type combination (requests.types, canonical order). The
-- per-type counts are the sums over the combinations that contain the type.
CREATE TABLE request_month_stats (
  month TEXT NOT NULL,              -- YYYY-MM of received_date
  types TEXT NOT NULL,
  n     INTEGER NOT NULL,
  PRIMARY KEY (month, types)
) STRICT, WITHOUT ROWID;

INSERT INTO request_month_stats (month, types, n)
  SELECT substr(received_date, 1, 7), types, count(*) FROM requests GROUP BY 1, 2;

CREATE TRIGGER request_month_stats_insert AFTER INSERT ON requests BEGIN
  INSERT INTO request_month_stats (month, types, n) VALUES (substr(new.received_date, 1, 7), new.types, 1)
    ON CONFLICT (month, types) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER request_month_stats_update AFTER UPDATE OF received_date, types ON requests BEGIN
  UPDATE request_month_stats SET n = n - 1 WHERE month = substr(old.received_date, 1, 7) AND types = old.types;
  INSERT INTO request_month_stats (month, types, n) VALUES (substr(new.received_date, 1, 7), new.types, 1)
    ON CONFLICT (month, types) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER request_month_stats_delete AFTER DELETE ON requests BEGIN
  UPDATE request_month_stats SET n = n - 1 WHERE month = substr(old.received_date, 1, 7) AND types = old.types;
END;

-- Answered requests (responded, closed or refused with an answer date) per answer day, split by
-- whether the answer came on or before the deadline that bound (GDPR Art. 12(3)/(4)).
CREATE TABLE request_answer_days (
  answered_on TEXT NOT NULL,
  on_time     INTEGER NOT NULL,     -- 1: answered_on <= effective_due
  n           INTEGER NOT NULL,
  PRIMARY KEY (answered_on, on_time)
) STRICT, WITHOUT ROWID;

INSERT INTO request_answer_days (answered_on, on_time, n)
  SELECT answered_on, answered_on <= effective_due, count(*) FROM requests
  WHERE answered_on IS NOT NULL AND status IN ('responded', 'closed', 'refused') GROUP BY 1, 2;

CREATE TRIGGER request_answer_days_insert AFTER INSERT ON requests
WHEN new.answered_on IS NOT NULL AND new.status IN ('responded', 'closed', 'refused') BEGIN
  INSERT INTO request_answer_days (answered_on, on_time, n) VALUES (new.answered_on, new.answered_on <= new.effective_due, 1)
    ON CONFLICT (answered_on, on_time) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER request_answer_days_update_old AFTER UPDATE OF answered_on, status, effective_due ON requests
WHEN old.answered_on IS NOT NULL AND old.status IN ('responded', 'closed', 'refused') BEGIN
  UPDATE request_answer_days SET n = n - 1 WHERE answered_on = old.answered_on AND on_time = (old.answered_on <= old.effective_due);
END;
CREATE TRIGGER request_answer_days_update_new AFTER UPDATE OF answered_on, status, effective_due ON requests
WHEN new.answered_on IS NOT NULL AND new.status IN ('responded', 'closed', 'refused') BEGIN
  INSERT INTO request_answer_days (answered_on, on_time, n) VALUES (new.answered_on, new.answered_on <= new.effective_due, 1)
    ON CONFLICT (answered_on, on_time) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER request_answer_days_delete AFTER DELETE ON requests
WHEN old.answered_on IS NOT NULL AND old.status IN ('responded', 'closed', 'refused') BEGIN
  UPDATE request_answer_days SET n = n - 1 WHERE answered_on = old.answered_on AND on_time = (old.answered_on <= old.effective_due);
END;
