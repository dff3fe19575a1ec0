-- Schema version 16 (issue #17).
-- What coverage read in each stored article's own wording (the labels beside each actor mention
-- and the polar words near it, before any mention is linked to an entity), so that a run computing
-- a story's coverage again reads the body of only the articles it has not read before. Valid for
-- the rules, knowledge base and code whose print meta's article_texts_print holds.
CREATE TABLE article_texts (article TEXT PRIMARY KEY, data ${blob} NOT NULL);
