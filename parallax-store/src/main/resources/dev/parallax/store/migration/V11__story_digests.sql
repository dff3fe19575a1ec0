-- Schema version 11: what each story's coverage and conflicts were made from (issue #17, item 2).
-- A digest of a story's inputs to those stages (its articles as written, their quotes, mentions
-- and linked entities, its events, the rules and code), written with the corpus records that were
-- computed from them. A later run whose inputs for a story give the same digest reads that story's
-- stored coverage and conflicts instead of computing them again. A corpus record like the others:
-- emptied with them, so a run that dies between the two writes leaves none (all recomputed).
CREATE TABLE story_digests (story TEXT PRIMARY KEY, digest TEXT NOT NULL);
-- Each article's story profile as the story index made it (its weighted terms, names, dates and
-- the hashes of its lines), with the digest of the order of arrival it was made after, so that a
-- run restores the story index without profiling every stored article again. Valid for the rules,
-- knowledge base, code and story options whose print meta's story_profiles_print holds.
CREATE TABLE story_profiles (article TEXT PRIMARY KEY, chain TEXT NOT NULL, profile TEXT NOT NULL);
