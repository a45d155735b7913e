-- Every open asks whether an open request's deadline was computed under older rules (the
-- recompute step after the migrations). Through the status index that read each open request's
-- row, about 3.5 ms on a fresh connection at 100,000 requests (the pages must be decrypted); this
-- partial index holds exactly the open requests' statuses and rules versions, so the question is answered from
-- the index alone. Its status list must equal OPEN_STATUSES (a test compares them), and the query
-- must name the statuses as literals: SQLite uses a partial index only when the query's WHERE
-- visibly implies the index's.
CREATE INDEX IF NOT EXISTS requests_open_rules_version ON requests (status, rules_version)
  WHERE status IN ('received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended');
