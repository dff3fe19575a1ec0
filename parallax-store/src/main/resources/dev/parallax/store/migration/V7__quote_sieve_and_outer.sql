-- Schema version 7: which named sieve of the quote extractor decided each statement, and the
-- statement a nested one was reported in ("X said that Y believed Z": Y's is reported in X's).
ALTER TABLE quotes ADD COLUMN sieve TEXT;
ALTER TABLE quotes ADD COLUMN reported_in TEXT;
-- how many statements of a voice an outlet carries only as reported by another speaker
ALTER TABLE coverage_voices ADD COLUMN reported INTEGER NOT NULL DEFAULT 0;
