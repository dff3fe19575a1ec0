-- Schema version 2: the records of OUTPUT.md in relational tables, so that the store answers
-- queries. The JSON columns of articles stay the source of truth the corpus stages read; the
-- article columns below repeat its metadata for queries (filled from the JSON for stored
-- articles by the Java step of this migration). Corpus records (entities ... conflicts) are
-- replaced as a whole by each run after its corpus stages; meta.corpus_through names the last
-- article seq they cover (articles saved after it: the corpus records are pending).
-- Names avoid SQL keywords (start, end, date, count, distinct) so the same DDL suits PostgreSQL.

-- what analysed the articles: the run.json of each run that saved one
CREATE TABLE runs (id ${serial}, started TEXT NOT NULL, provenance TEXT NOT NULL);

CREATE TABLE outlets (name TEXT PRIMARY KEY);

ALTER TABLE articles ADD COLUMN outlet TEXT REFERENCES outlets(name);
ALTER TABLE articles ADD COLUMN title TEXT;
ALTER TABLE articles ADD COLUMN published TEXT;
ALTER TABLE articles ADD COLUMN published_from TEXT;
ALTER TABLE articles ADD COLUMN language TEXT;
ALTER TABLE articles ADD COLUMN body TEXT;
ALTER TABLE articles ADD COLUMN run INTEGER REFERENCES runs(id);
-- the publication date the corpus stages inferred through shared events (published_from inferred)
ALTER TABLE articles ADD COLUMN inferred_published TEXT;
CREATE INDEX articles_by_outlet_date ON articles (outlet, published);
CREATE INDEX articles_by_date ON articles (published);

CREATE TABLE removed_blocks (article TEXT NOT NULL REFERENCES articles(id),
  position INTEGER NOT NULL, reason TEXT NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (article, position));

CREATE TABLE entities (id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
  type TEXT NOT NULL, actor TEXT);
CREATE TABLE entity_aliases (entity TEXT NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (entity, position));
CREATE INDEX entity_aliases_by_alias ON entity_aliases (alias);
CREATE TABLE entity_mentions (entity TEXT NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL, article TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (entity, position));
CREATE INDEX entity_mentions_by_article ON entity_mentions (article);

CREATE TABLE stories (id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT,
  first_date TEXT, last_date TEXT);
CREATE INDEX stories_by_dates ON stories (first_date, last_date);
CREATE TABLE story_articles (story TEXT NOT NULL REFERENCES stories(id),
  position INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY (story, position));
CREATE INDEX story_articles_by_article ON story_articles (article);
CREATE TABLE story_outlets (story TEXT NOT NULL REFERENCES stories(id),
  position INTEGER NOT NULL, outlet TEXT NOT NULL, PRIMARY KEY (story, position));
CREATE TABLE story_events (story TEXT NOT NULL REFERENCES stories(id),
  position INTEGER NOT NULL, event TEXT NOT NULL, PRIMARY KEY (story, position));

-- event_month is YYYY-MM when the date is known to the month (for an actor pair's series)
CREATE TABLE events (id TEXT PRIMARY KEY, position INTEGER NOT NULL, story TEXT,
  event_date TEXT, event_month TEXT, source_entity TEXT, source_actor TEXT,
  target_entity TEXT, target_actor TEXT, cameo TEXT NOT NULL, goldstein ${float} NOT NULL,
  quad_class INTEGER NOT NULL, plover TEXT, article_count INTEGER NOT NULL,
  outlet_count INTEGER NOT NULL);
CREATE INDEX events_by_story ON events (story);
CREATE INDEX events_by_source_entity ON events (source_entity, event_date);
CREATE INDEX events_by_target_entity ON events (target_entity, event_date);
CREATE INDEX events_by_actor_pair_month ON events (source_actor, target_actor, event_month);
CREATE INDEX events_by_target_actor ON events (target_actor, event_month);
CREATE INDEX events_by_date ON events (event_date);
CREATE TABLE event_mentions (event TEXT NOT NULL REFERENCES events(id),
  position INTEGER NOT NULL, article TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, text TEXT NOT NULL, trigger_word TEXT NOT NULL,
  PRIMARY KEY (event, position));
CREATE INDEX event_mentions_by_article ON event_mentions (article);

CREATE TABLE quotes (id TEXT PRIMARY KEY, position INTEGER NOT NULL, article TEXT NOT NULL,
  speaker_entity TEXT, speaker_name TEXT, text TEXT NOT NULL, span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL, kind TEXT NOT NULL, cue TEXT);
CREATE INDEX quotes_by_speaker ON quotes (speaker_entity);
CREATE INDEX quotes_by_article ON quotes (article);

-- one row per story and outlet; its lists in child tables, in order
CREATE TABLE coverage (id INTEGER PRIMARY KEY, story TEXT NOT NULL, outlet TEXT,
  UNIQUE (story, outlet));
CREATE INDEX coverage_by_outlet ON coverage (outlet, story);
CREATE TABLE coverage_articles (coverage INTEGER NOT NULL REFERENCES coverage(id),
  position INTEGER NOT NULL, article TEXT NOT NULL, PRIMARY KEY (coverage, position));
-- reported and omitted event ids (list: reported or omitted)
CREATE TABLE coverage_events (coverage INTEGER NOT NULL REFERENCES coverage(id),
  list TEXT NOT NULL, position INTEGER NOT NULL, event TEXT NOT NULL,
  PRIMARY KEY (coverage, list, position));
CREATE TABLE coverage_labels (coverage INTEGER NOT NULL REFERENCES coverage(id),
  position INTEGER NOT NULL, entity TEXT, label TEXT NOT NULL, label_count INTEGER NOT NULL,
  loaded INTEGER NOT NULL, category TEXT, is_distinct INTEGER NOT NULL,
  PRIMARY KEY (coverage, position));
CREATE TABLE coverage_label_mentions (coverage INTEGER NOT NULL REFERENCES coverage(id),
  label INTEGER NOT NULL, position INTEGER NOT NULL, article TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL,
  PRIMARY KEY (coverage, label, position));
CREATE TABLE coverage_voices (coverage INTEGER NOT NULL REFERENCES coverage(id),
  position INTEGER NOT NULL, entity TEXT, quotes INTEGER NOT NULL, side TEXT,
  PRIMARY KEY (coverage, position));
CREATE INDEX coverage_voices_by_entity ON coverage_voices (entity);
CREATE TABLE coverage_tone (coverage INTEGER NOT NULL REFERENCES coverage(id),
  position INTEGER NOT NULL, entity TEXT, score ${float} NOT NULL, PRIMARY KEY (coverage, position));

CREATE TABLE conflicts (id TEXT PRIMARY KEY, position INTEGER NOT NULL, story TEXT,
  about TEXT, summary TEXT NOT NULL);
CREATE INDEX conflicts_by_story ON conflicts (story);
CREATE TABLE conflict_claims (conflict TEXT NOT NULL REFERENCES conflicts(id),
  position INTEGER NOT NULL, article TEXT NOT NULL, outlet TEXT, speaker TEXT,
  text TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  PRIMARY KEY (conflict, position));

-- where a corpus record's id went when two stored records merged (written by the incremental
-- corpus stages of issue 17; followed by readers): kind is entity, event, story or conflict
CREATE TABLE id_redirects (old_id TEXT PRIMARY KEY, new_id TEXT NOT NULL, kind TEXT NOT NULL);
