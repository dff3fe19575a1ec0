-- Schema version 18 (issue #17).
-- Each entity's number of mentions, so that a save keeps the stored mention rows of the articles
-- it saved before and adds only the rest of each entity's list after them, instead of comparing
-- every mention of the corpus. The articles whose quotes and entity mentions the tables hold by key
-- are now those through meta's keyed_through (was quotes_through: the mentions were written by
-- the same saves).
ALTER TABLE entities ADD COLUMN mention_count INTEGER;
UPDATE entities SET mention_count =
  (SELECT count(*) FROM entity_mentions m WHERE m.entity = entities.id);
UPDATE meta SET key = 'keyed_through' WHERE key = 'quotes_through';
