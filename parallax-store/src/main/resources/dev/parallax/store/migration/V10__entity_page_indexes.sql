-- Schema version 10: serve's entity page (issue #18) reads one entity's labels and tone by outlet
-- and its actor code's entities from indexes, not a scan of every coverage row.
CREATE INDEX coverage_labels_by_entity ON coverage_labels (entity, coverage);
CREATE INDEX coverage_tone_by_entity ON coverage_tone (entity, coverage);
CREATE INDEX entities_by_actor ON entities (actor);
