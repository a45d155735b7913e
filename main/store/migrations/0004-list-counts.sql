-- List counts and work-queue indexes (issue: benchmarks). At 100,000 requests a list filtered by
-- status, channel or type counted tens of thousands of index entries for its total, and the
-- open and running work queues walked the whole due-date index past years of closed requests.

-- Requests per status, channel and type combination (requests.types, canonical order), kept
-- exact by triggers in the same transaction as the change. A list filtered only by status,
-- channel and type takes its total from here: a sum over at most a few hundred rows.
CREATE TABLE request_counts (
  status  TEXT NOT NULL,
  channel TEXT NOT NULL,
  types   TEXT NOT NULL,
  n       INTEGER NOT NULL,
  PRIMARY KEY (status, channel, types)
) STRICT, WITHOUT ROWID;

INSERT INTO request_counts (status, channel, types, n)
  SELECT status, channel, types, count(*) FROM requests GROUP BY 1, 2, 3;

CREATE TRIGGER request_counts_insert AFTER INSERT ON requests BEGIN
  INSERT INTO request_counts (status, channel, types, n) VALUES (new.status, new.channel, new.types, 1)
    ON CONFLICT (status, channel, types) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER request_counts_update AFTER UPDATE OF status, channel, types ON requests BEGIN
  UPDATE request_counts SET n = n - 1 WHERE status = old.status AND channel = old.channel AND types = old.types;
  INSERT INTO request_counts (status, channel, types, n) VALUES (new.status, new.channel, new.types, 1)
    ON CONFLICT (status, channel, types) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER request_counts_delete AFTER DELETE ON requests BEGIN
  UPDATE request_counts SET n = n - 1 WHERE status = old.status AND channel = old.channel AND types = old.types;
END;

-- The two work queues, in due order. Partial: they hold only the few hundred live requests, so
-- "open, by due" and "overdue" read a handful of pages however many years are closed. A query
-- uses them only when its WHERE repeats the same IN list literally (list.ts, dashboard.ts and
-- reminders.ts take it from shared/model/request.ts).
CREATE INDEX requests_open_due ON requests (effective_due, id)
  WHERE status IN ('received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended');
CREATE INDEX requests_running_due ON requests (effective_due, id)
  WHERE status IN ('received', 'in-progress', 'extended');

-- The search index is filled by the code that inserts a request (search-index.ts), not by a trigger.
-- A trigger runs each insert in its own statement savepoint, and FTS5 writes out its pending
-- terms at every savepoint: one index segment per request, merged again and again. Importing
-- 20,000 requests spent 6 of its 7 seconds there; inserted directly, the terms are written in
-- a few large segments. Updates and deletes keep their triggers (rare, one row at a time).
DROP TRIGGER requests_fts_insert;
