-- Schema version 23 (issue #17).
-- An event's position was its place in the output, counted from 0: one event added before it (a
-- stored story's new event, whose first article is an old one) moved every event after it, so each
-- save compared every stored event's position. Its position is now its first article's seq and its
-- rank among that article's events (RecordTables.eventPlace), which no other story's events move:
-- the same order, with gaps. The Java step after this script renumbers the stored events so.
-- PostgreSQL's INTEGER holds 31 bits, too few for a seq and a rank; SQLite's integers have 64.
${postgresql}ALTER TABLE events ALTER COLUMN position TYPE BIGINT;
