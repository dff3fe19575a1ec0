-- Schema version 1 (Parallax up to issue 15): each accepted article with what the per-article
-- stages extracted from it, as JSON text, and the story index state.
-- The scripts serve SQLite and PostgreSQL: ${serial} (a generated integer key), ${float} (a
-- double) and ${blob} (bytes) are each database's own words for them (Dialect).
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- one accepted article per row, in the order saved, with what the per-article stages made of it
CREATE TABLE articles (seq ${serial}, id TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
  article TEXT NOT NULL, actors TEXT NOT NULL, events TEXT NOT NULL, quotes TEXT NOT NULL);

-- the story index state: each article's story, its place in it, and its place in arrival order
CREATE TABLE story_members (article TEXT PRIMARY KEY REFERENCES articles(id),
  story_id TEXT NOT NULL, story INTEGER NOT NULL, position INTEGER NOT NULL,
  arrival INTEGER NOT NULL UNIQUE);
