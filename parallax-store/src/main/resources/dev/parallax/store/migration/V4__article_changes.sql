-- Schema version 4: the article change log a search index beside the store catches up from. Each
-- save (and any later replace or delete) of an article writes one row; seq only grows, so a
-- reader that has seen every change up to N reads the ones after N and no more.
-- kind: 'save' (the article's row holds its current version) or 'delete' (it was removed).
CREATE TABLE article_changes (seq ${serial}, article TEXT NOT NULL, kind TEXT NOT NULL);

-- the articles stored before this version, each as one save, in the order they were saved
INSERT INTO article_changes (article, kind) SELECT id, 'save' FROM articles ORDER BY seq;
