-- Timeline entries as an event code with its parameters, written in the reader's language when
-- shown (English or Dutch). Entries recorded before this migration keep their English `text`
-- and no code; they are shown as they were written.
ALTER TABLE request_events ADD COLUMN code TEXT;
ALTER TABLE request_events ADD COLUMN params TEXT CHECK (params IS NULL OR json_valid(params));
