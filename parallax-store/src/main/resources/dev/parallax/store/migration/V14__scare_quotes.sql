-- Schema version 14 (issue #17).
-- Each stored article's scare quotes (a JSON array), as the quotes stage found them: a run reads
-- them back instead of finding them again in every stored body. Null for an article saved before
-- this version: its scare quotes are found again from its body, as they were.
ALTER TABLE articles ADD COLUMN scare_quotes TEXT;
