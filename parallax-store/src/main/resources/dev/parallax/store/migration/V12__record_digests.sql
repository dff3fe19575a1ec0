-- Schema version 12 (issue #17): what lets a save of the corpus records write only the rows that
-- changed. A coverage row's place in coverage.jsonl apart from its id: a row keeps its id from run
-- to run (that of its story and outlet), so that its lists are compared with its own.
ALTER TABLE coverage ADD COLUMN position INTEGER;
UPDATE coverage SET position = id;
-- A digest of each corpus record (its row and its lists, as its JSON line holds them): a save
-- compares a stored record with the new one by this column alone, and reads and writes the lists
-- only of the records that changed. Null (as migrated) compares as changed.
ALTER TABLE entities ADD COLUMN digest TEXT;
ALTER TABLE stories ADD COLUMN digest TEXT;
ALTER TABLE events ADD COLUMN digest TEXT;
ALTER TABLE quotes ADD COLUMN digest TEXT;
ALTER TABLE coverage ADD COLUMN digest TEXT;
ALTER TABLE conflicts ADD COLUMN digest TEXT;
ALTER TABLE outlet_directory ADD COLUMN digest TEXT;
