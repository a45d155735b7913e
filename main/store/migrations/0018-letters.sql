-- Letters to data subjects: the language each request's letters are written in, the templates
-- the DPO edited (each save a new version; version 1 is the text shipped with the app, kept in
-- code), and every letter generated from them, its PDF in the file store (owner 'request', kind
-- 'letter') with the template version it was written from and the day it was sent.
ALTER TABLE requests ADD COLUMN letter_language TEXT;

CREATE TABLE letter_template_versions (
  id          INTEGER PRIMARY KEY,
  template    TEXT NOT NULL,
  language    TEXT NOT NULL,
  -- 2, 3, … per template and language; 1 is the shipped text.
  version     INTEGER NOT NULL CHECK (version >= 2),
  subject     TEXT NOT NULL,
  body        TEXT NOT NULL,
  saved_at    TEXT NOT NULL,
  saved_by    TEXT NOT NULL,
  UNIQUE (template, language, version)
) STRICT;

CREATE TABLE letters (
  id               INTEGER PRIMARY KEY,
  public_id        TEXT NOT NULL UNIQUE,
  request_id       INTEGER NOT NULL REFERENCES requests (id),
  file_id          INTEGER NOT NULL UNIQUE REFERENCES files (id),
  template         TEXT NOT NULL,
  language         TEXT NOT NULL,
  template_version INTEGER NOT NULL,
  pages            INTEGER NOT NULL,
  sha256           TEXT NOT NULL,
  -- JSON array of the processing activities an access response drew on (their references).
  activities       TEXT NOT NULL DEFAULT '[]',
  -- JSON: what the letter said that the workflow records when it is sent (an extension notice's
  -- reasons). Personal like the request's own fields; the retention purge clears it with them.
  params           TEXT NOT NULL DEFAULT '{}',
  generated_at     TEXT NOT NULL,
  generated_by     TEXT NOT NULL,
  -- The local day the letter went out; the workflow reads it (extension notice, response date).
  sent_on          TEXT
) STRICT;
CREATE INDEX letters_request ON letters (request_id, id);
