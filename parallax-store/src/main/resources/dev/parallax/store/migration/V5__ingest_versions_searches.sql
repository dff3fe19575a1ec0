-- Schema version 5 (issue 19): the queue of articles handed to a server with ingestion,
-- (POST /api/articles), kept in the store so that jobs survive a restart; and the earlier
-- versions of re-crawled articles.
-- id hashes the article's url and content (posting the same article again finds its job);
-- record is the JSON record as posted; state is queued, running, done or rejected; a done job
-- names its article, a rejected one its reason; times are ISO instants.
CREATE TABLE ingest_jobs (seq ${serial}, id TEXT NOT NULL UNIQUE, state TEXT NOT NULL,
  url TEXT, record TEXT NOT NULL, posted TEXT NOT NULL, started TEXT, finished TEXT,
  article TEXT, reason TEXT);
CREATE INDEX ingest_jobs_by_state ON ingest_jobs (state, seq);

-- Re-crawls are versions: the url an article was read at (null when not known, and for articles
-- stored before this version); a new text at a stored url replaces that article (the latest
-- version is the article, in the same story) and the earlier one is kept here, with the time it
-- was saved (its run's start) and the time it was superseded, and the id of the article after it.
ALTER TABLE articles ADD COLUMN url TEXT;
CREATE INDEX articles_by_url ON articles (url);
CREATE TABLE article_versions (url TEXT NOT NULL, version INTEGER NOT NULL, article TEXT NOT NULL,
  title TEXT, published TEXT, body TEXT NOT NULL, saved TEXT, superseded TEXT NOT NULL,
  superseded_by TEXT NOT NULL, PRIMARY KEY (url, version));

-- Saved searches (issue 19): a name, its query and filters (null for none), and how far its user
-- has looked: seen_through is the last article seq seen, looked when; what matches above it is new.
CREATE TABLE saved_searches (name TEXT PRIMARY KEY, query TEXT, outlet TEXT, actor TEXT,
  outlet_group TEXT, language TEXT, from_date TEXT, to_date TEXT, created TEXT NOT NULL,
  seen_through INTEGER NOT NULL, looked TEXT);
