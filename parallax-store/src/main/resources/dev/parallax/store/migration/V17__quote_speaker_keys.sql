-- Schema version 17 (issue #17).
-- Each quote's speaker as the key of its actor mention, and the entity each key is linked to, so
-- that a save writes the quotes of the articles a run added and keeps those it saved before,
-- following their speakers to the entities their keys are linked to now, instead of comparing
-- every quote of the corpus. The quotes saved before this version have no key: meta's
-- quotes_through (the last article seq whose quotes carry theirs) is absent, and the next save
-- writes every quote again.
ALTER TABLE quotes ADD COLUMN speaker_key TEXT;
CREATE INDEX quotes_by_speaker_key ON quotes (speaker_key);
CREATE TABLE entity_keys (mention_key TEXT PRIMARY KEY, entity TEXT NOT NULL);
