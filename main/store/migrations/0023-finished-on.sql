-- The day a request finished (closed, refused, withdrawn, marked a duplicate), kept on the row:
-- the retention period runs from it (GDPR Art. 5(1)(e)). Computed on every read before, it cost
-- the dashboard's retention card 1.6 s at 100,000 requests (every finished request's row and
-- timeline read); now the card reads the finished requests old enough to matter from an index.
--
-- The value: the date of the latest finishing action in the timeline (its own date when the step
-- was backdated) or of an imported request's recorded state (the closed_on it was imported with),
-- else the day it was last changed when it finished. NULL while the request is not finished.
-- (The purge computed it before without the imported state, from the import day: it kept
-- imported history two years past the import instead of past its real closing day.)
ALTER TABLE requests ADD COLUMN finished_on TEXT;

UPDATE requests SET finished_on = COALESCE(
    (SELECT max(COALESCE(e.on_date, substr(e.at, 1, 10))) FROM request_events e
     WHERE e.request_id = requests.id AND (e.action IN ('close', 'refuse', 'withdraw', 'mark-duplicate') OR e.code = 'imported-state')),
    substr(updated_at, 1, 10))
  WHERE status IN ('closed', 'refused', 'withdrawn', 'duplicate');

CREATE INDEX requests_finished_on ON requests (finished_on) WHERE purged_at IS NULL AND finished_on IS NOT NULL;

-- Recorded finished (an import with its status): the day it was recorded, until a finishing
-- action in its timeline says otherwise.
CREATE TRIGGER requests_finished_insert AFTER INSERT ON requests
  WHEN new.status IN ('closed', 'refused', 'withdrawn', 'duplicate')
BEGIN
  UPDATE requests SET finished_on = substr(new.updated_at, 1, 10) WHERE id = new.id;
END;

-- Into or out of a finished status (the status may change before or after its timeline entry).
CREATE TRIGGER requests_finished_status AFTER UPDATE OF status ON requests BEGIN
  UPDATE requests SET finished_on = CASE WHEN new.status IN ('closed', 'refused', 'withdrawn', 'duplicate') THEN COALESCE(
      (SELECT max(COALESCE(e.on_date, substr(e.at, 1, 10))) FROM request_events e
       WHERE e.request_id = new.id AND (e.action IN ('close', 'refuse', 'withdraw', 'mark-duplicate') OR e.code = 'imported-state')),
      substr(new.updated_at, 1, 10)) END
    WHERE id = new.id;
END;

-- A finishing action written after the status changed sets the day from the timeline.
CREATE TRIGGER requests_finished_event AFTER INSERT ON request_events
  WHEN new.action IN ('close', 'refuse', 'withdraw', 'mark-duplicate') OR new.code = 'imported-state'
BEGIN
  UPDATE requests SET finished_on = (SELECT max(COALESCE(e.on_date, substr(e.at, 1, 10))) FROM request_events e
                                     WHERE e.request_id = new.request_id AND (e.action IN ('close', 'refuse', 'withdraw', 'mark-duplicate') OR e.code = 'imported-state'))
    WHERE id = new.request_id AND status IN ('closed', 'refused', 'withdrawn', 'duplicate');
END;
