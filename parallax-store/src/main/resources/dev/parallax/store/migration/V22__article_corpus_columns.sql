-- Schema version 22 (issue #17).
-- SQLite keeps a row's columns in one record, the large JSON ones (article, actors, events, quotes)
-- and the body before the columns added later: reading a later column of every stored article (as
-- each run's load and each save of the corpus columns do) walks every row's overflow pages, about
-- 20 KB each. This index holds the columns those reads take, so that they scan it instead.
-- PostgreSQL keeps large values out of line (TOAST) and bounds an index entry (an article's actor
-- keys can pass the bound): SQLite only.
${sqlite}CREATE INDEX articles_corpus_columns ON articles (seq, id, source, outlet, title, published, published_from, language, copy_of, scare_quotes, actor_keys, outlet_id, inferred_published, inferred_event);
