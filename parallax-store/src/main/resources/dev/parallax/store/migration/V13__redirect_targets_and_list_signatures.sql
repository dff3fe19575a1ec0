-- Schema version 13 (issue #17).
-- A save that retires ids updates the stored redirects that point at each retired id
-- (IdRedirects.follow): without an index on the target, each of those updates read every redirect.
CREATE INDEX id_redirects_by_target ON id_redirects (kind, new_id);
-- Each record with lists keeps, beside its digest, each list's length and a hash of its rows as
-- last written (RowSync.Signature): a changed record whose stored rows are the start of its new
-- list (an entity named by new articles) gets its new rows inserted without its stored ones being
-- read. Null (as migrated) reads the stored rows, as before.
ALTER TABLE outlet_directory ADD COLUMN lists TEXT;
ALTER TABLE entities ADD COLUMN lists TEXT;
ALTER TABLE stories ADD COLUMN lists TEXT;
ALTER TABLE events ADD COLUMN lists TEXT;
ALTER TABLE coverage ADD COLUMN lists TEXT;
ALTER TABLE conflicts ADD COLUMN lists TEXT;
