-- Schema version 5 (issue 19): the queue of articles handed to a server with ingestion
-- (POST /api/articles), kept in the store so that jobs survive a restart.
-- id hashes the article's url and content (posting the same article again finds its job);
-- record is the JSON record as posted; state is queued, running, done or rejected; a done job
-- names its article, a rejected one its reason; times are ISO instants.
CREATE TABLE ingest_jobs (seq ${serial}, id TEXT NOT NULL UNIQUE, state TEXT NOT NULL,
  url TEXT, record TEXT NOT NULL, posted TEXT NOT NULL, started TEXT, finished TEXT,
  article TEXT, reason TEXT);
CREATE INDEX ingest_jobs_by_state ON ingest_jobs (state, seq);
