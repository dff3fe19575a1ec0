-- Schema version 15 (issue #17).
-- What the story index learnt from the stored articles (term statistics, candidate postings, seen
-- lines, each article in the compact form compared), as the last run that grew it left it: the
-- next run restores the index from it instead of reading and observing every stored profile again.
-- One row, made under the print of the story profiles; none before a run saves one.
CREATE TABLE story_checkpoint (print TEXT NOT NULL, data ${blob} NOT NULL);
