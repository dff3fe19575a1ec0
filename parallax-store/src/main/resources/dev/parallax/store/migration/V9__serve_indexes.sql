-- Schema version 9: what serve's pages ask at 100k articles, answered from indexes.
-- A story's blindspot group: the one group (or, when the outlet directory defines no group, the
-- one country) of every outlet that carried it; null when its outlets span two or one has none.
-- Filled after each run's corpus records (and here, for a stored corpus, by the migration's step).
ALTER TABLE stories ADD COLUMN blindspot_group TEXT;
CREATE INDEX stories_by_blindspot ON stories (blindspot_group, last_date);
-- an actor pair's months by quad class with their Goldstein values, read from the index alone
DROP INDEX events_by_actor_pair_month;
CREATE INDEX events_by_actor_pair_month ON events (source_actor, target_actor, event_month,
  quad_class, goldstein);
-- an outlet's articles per month, read from the index alone
DROP INDEX articles_by_outlet_id_date;
CREATE INDEX articles_by_outlet_id_date ON articles (outlet_id, published, inferred_published);
-- the stories list in newest-first order (and its keyset), read from the index alone until a
-- filter needs the row
DROP INDEX stories_by_last_date;
CREATE INDEX stories_by_last_date ON stories (last_date, id);
-- the stories an outlet carried (the outlet page's "stories others carry that it omits")
CREATE INDEX story_outlets_by_outlet ON story_outlets (outlet, story);
