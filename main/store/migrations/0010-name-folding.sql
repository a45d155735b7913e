-- Names found by their plain-letter spelling, and sorted by family name.
--
-- name_folded: the name's other spellings for the search index, one per line (shared/text/fold.ts:
-- any-ascii transliteration, plus the German umlaut form), empty when folding changes nothing.
-- name_sort: the family-name sort key (shared/text/name-sort.ts says how it is derived from the
-- free-text name). Both are written by the code that inserts a request; existing rows get them
-- here through the same functions, which the migration runner registers (main/store/migrate.ts).
ALTER TABLE requests ADD COLUMN name_folded TEXT NOT NULL DEFAULT '';
ALTER TABLE requests ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
UPDATE requests SET name_folded = dpo_search_forms(name), name_sort = dpo_name_sort_key(name);

-- The list sorts names by the key now; the index on the raw name served only that sort.
DROP INDEX requests_name;
CREATE INDEX requests_name_sort ON requests (name_sort, id);

-- The search index gains the folded forms (FTS5 tables cannot add a column: rebuilt whole).
DROP TRIGGER requests_fts_update;
DROP TRIGGER requests_fts_delete;
DROP TABLE requests_fts;
CREATE VIRTUAL TABLE requests_fts USING fts5 (
  ref, name, email, customer_id, name_folded,
  content = 'requests', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO requests_fts (requests_fts) VALUES ('rebuild');
-- Inserts are indexed by the code (0004-list-counts.sql says why); updates and deletes by triggers.
CREATE TRIGGER requests_fts_update AFTER UPDATE OF ref, name, email, customer_id, name_folded ON requests BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, ref, name, email, customer_id, name_folded)
    VALUES ('delete', old.id, old.ref, old.name, old.email, old.customer_id, old.name_folded);
  INSERT INTO requests_fts (rowid, ref, name, email, customer_id, name_folded)
    VALUES (new.id, new.ref, new.name, new.email, new.customer_id, new.name_folded);
END;
CREATE TRIGGER requests_fts_delete AFTER DELETE ON requests BEGIN
  INSERT INTO requests_fts (requests_fts, rowid, ref, name, email, customer_id, name_folded)
    VALUES ('delete', old.id, old.ref, old.name, old.email, old.customer_id, old.name_folded);
END;
