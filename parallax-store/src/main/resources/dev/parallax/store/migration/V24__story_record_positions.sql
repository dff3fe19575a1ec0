-- Schema version 24 (issue #17).
-- A coverage row's and a conflict's position was its place in the output, counted from 0: a story's
-- rows or conflicts growing or shrinking moved every row after them, so each save compared every
-- stored row's position. The position is now its story's place (one more than the story's
-- position) and its rank among that story's rows (RecordTables.place): coverage in the same order,
-- with gaps; conflicts now in the order of their stories, as stories.jsonl lists them, not of their
-- stories' ids. The Java step after this script renumbers the stored rows so. PostgreSQL's INTEGER
-- holds 31 bits, too few for a place and a rank.
${postgresql}ALTER TABLE coverage ALTER COLUMN position TYPE BIGINT;
${postgresql}ALTER TABLE conflicts ALTER COLUMN position TYPE BIGINT;
