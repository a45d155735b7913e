-- Public ids for the records the contract names: requests and files. Generated in Node (UUIDv7,
-- store/public-id.ts), so this migration only adds the columns; its `after` step fills them for
-- existing rows in the same transaction. Integer ids stay the internal keys.
--
-- ALTER TABLE cannot add a NOT NULL column without a default, and rebuilding `requests` would
-- mean rebuilding its search triggers and partial indexes; so the column is nullable and the
-- triggers below refuse a row without one, and refuse changing one once given (a public id is
-- handed out to scripts and links and must never point somewhere else).
ALTER TABLE requests ADD COLUMN public_id TEXT;
ALTER TABLE files ADD COLUMN public_id TEXT;

CREATE UNIQUE INDEX requests_public_id ON requests (public_id);
CREATE UNIQUE INDEX files_public_id ON files (public_id);

CREATE TRIGGER requests_public_id_required BEFORE INSERT ON requests WHEN NEW.public_id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'requests.public_id is required');
END;
CREATE TRIGGER requests_public_id_fixed BEFORE UPDATE OF public_id ON requests
  WHEN OLD.public_id IS NOT NULL AND NEW.public_id IS NOT OLD.public_id
BEGIN
  SELECT RAISE(ABORT, 'requests.public_id never changes');
END;
CREATE TRIGGER files_public_id_required BEFORE INSERT ON files WHEN NEW.public_id IS NULL
BEGIN
  SELECT RAISE(ABORT, 'files.public_id is required');
END;
CREATE TRIGGER files_public_id_fixed BEFORE UPDATE OF public_id ON files
  WHEN OLD.public_id IS NOT NULL AND NEW.public_id IS NOT OLD.public_id
BEGIN
  SELECT RAISE(ABORT, 'files.public_id never changes');
END;
