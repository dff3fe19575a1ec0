-- Schema version 10: serve's entity and outlet pages (issue #18) at 100k articles.
-- One entity's labels and tone by outlet, and an actor code's entities by name, from indexes
-- rather than a scan of every coverage row.
CREATE INDEX coverage_labels_by_entity ON coverage_labels (entity, coverage);
CREATE INDEX coverage_tone_by_entity ON coverage_tone (entity, coverage);
CREATE INDEX entities_by_actor ON entities (actor, name);
-- An outlet's coverage summed over all its stories: whose voices it carries (by entity and by
-- side), the labels it uses, its tone toward each entity. Corpus records like the coverage they
-- sum: filled by GROUP BY with each run's corpus records (RecordTables.fillOutletSums; here, for a
-- stored corpus, by the migration's step), because summing an outlet's rows when a page asks
-- takes 0.1-0.4 s per sum for an outlet with 16,668 stories.
-- each sum's index is in the order the page reads it (most used first, ties by name), so the
-- first 100 of an outlet are read from the index without sorting its rows.
CREATE TABLE outlet_voice_sums (outlet TEXT, entity TEXT, side TEXT, quotes INTEGER NOT NULL,
  reported INTEGER NOT NULL, stories INTEGER NOT NULL);
CREATE INDEX outlet_voice_sums_by_outlet ON outlet_voice_sums (outlet, quotes DESC, entity);
CREATE TABLE outlet_side_sums (outlet TEXT, side TEXT, quotes INTEGER NOT NULL,
  reported INTEGER NOT NULL, stories INTEGER NOT NULL);
CREATE INDEX outlet_side_sums_by_outlet ON outlet_side_sums (outlet, quotes DESC, side);
CREATE TABLE outlet_label_sums (outlet TEXT, entity TEXT, label TEXT NOT NULL,
  uses INTEGER NOT NULL, loaded INTEGER NOT NULL, stories INTEGER NOT NULL);
CREATE INDEX outlet_label_sums_by_outlet ON outlet_label_sums (outlet, uses DESC, entity, label);
CREATE TABLE outlet_tone_sums (outlet TEXT, entity TEXT, score_sum ${float} NOT NULL,
  stories INTEGER NOT NULL);
CREATE INDEX outlet_tone_sums_by_outlet ON outlet_tone_sums (outlet, stories DESC, entity);
