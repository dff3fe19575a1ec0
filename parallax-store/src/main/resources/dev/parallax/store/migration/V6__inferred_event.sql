-- Schema version 6: the event an article's inferred publication date comes from
-- (articles.jsonl published_event), set with inferred_published by the corpus stages.
ALTER TABLE articles ADD COLUMN inferred_event TEXT;
