-- Schema version 12: a coverage row's place in coverage.jsonl apart from its id (issue #17). A save
-- writes only the rows that changed; a coverage row keeps its id from run to run (that of its story
-- and outlet), so that its lists are compared with its own, and takes its place in the output here.
ALTER TABLE coverage ADD COLUMN position INTEGER;
UPDATE coverage SET position = id;
