-- Schema version 3: the inputs a run rejected, the outlet directory the corpus stages made, and
-- (with --keep-source) each article's original bytes as evidence.

-- the last rejection of each input (its id hashes the input's name); removed when the input is
-- later accepted; run is the run that rejected it
CREATE TABLE rejections (id TEXT PRIMARY KEY, source TEXT NOT NULL, reason TEXT NOT NULL,
  stage TEXT NOT NULL, run INTEGER REFERENCES runs(id), seen TEXT NOT NULL);
CREATE INDEX rejections_by_source ON rejections (source);
CREATE INDEX rejections_by_reason ON rejections (reason);

-- one canonical outlet per publisher (outlets.jsonl), replaced with the corpus records; its
-- spellings (kind alias or domain) in order
CREATE TABLE outlet_directory (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  country TEXT, outlet_group TEXT, articles INTEGER NOT NULL);
CREATE TABLE outlet_spellings (outlet TEXT NOT NULL REFERENCES outlet_directory(id),
  kind TEXT NOT NULL, position INTEGER NOT NULL, spelling TEXT NOT NULL,
  PRIMARY KEY (outlet, kind, position));
CREATE INDEX outlet_spellings_by_spelling ON outlet_spellings (spelling);

-- each article's and each coverage row's outlet id, set with the outlet directory
ALTER TABLE articles ADD COLUMN outlet_id TEXT;
ALTER TABLE coverage ADD COLUMN outlet_id TEXT;
CREATE INDEX articles_by_outlet_id_date ON articles (outlet_id, published);

-- the bytes an article was read from, as evidence (analyze --keep-source)
CREATE TABLE article_sources (article TEXT PRIMARY KEY REFERENCES articles(id),
  media_type TEXT NOT NULL, bytes ${blob} NOT NULL);

-- the corpus records in output order, read a range at a time by a streaming export
CREATE INDEX entities_by_position ON entities (position);
CREATE INDEX events_by_position ON events (position);
CREATE INDEX quotes_by_position ON quotes (position);
CREATE INDEX stories_by_position ON stories (position);
CREATE INDEX conflicts_by_position ON conflicts (position);

-- an actor's newest events, a page at a time (read backwards: newest first, ties by id)
CREATE INDEX events_by_source_actor_date ON events (source_actor, event_date, id);
CREATE INDEX events_by_target_actor_date ON events (target_actor, event_date, id);
CREATE INDEX stories_by_last_date ON stories (last_date);
