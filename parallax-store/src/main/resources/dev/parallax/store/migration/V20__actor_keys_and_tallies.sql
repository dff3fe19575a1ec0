-- Schema version 20 (issue #17).
-- The keys of each article's actor mentions (a JSON array of key wires, each once, in the order
-- first mentioned), which a run reads instead of the mentions to digest the stories; filled from
-- the stored mentions by the migration's Java step.
ALTER TABLE articles ADD COLUMN actor_keys TEXT;
-- The tallies of the stored articles' actor mentions, one row per key in the order first mentioned
-- (KeyTallyRows): entity linking reads them and the new articles' mentions instead of every stored
-- mention. Empty until the first save of the corpus records by key.
CREATE TABLE key_tallies (mention_key TEXT NOT NULL PRIMARY KEY, position INTEGER NOT NULL,
  tally TEXT NOT NULL);
