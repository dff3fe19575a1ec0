-- Schema version 8: the article an article is a copy of (articles.jsonl copy_of: the same text
-- carried earlier under another address or outlet), set by the corpus stages; null for no copy.
ALTER TABLE articles ADD COLUMN copy_of TEXT;
