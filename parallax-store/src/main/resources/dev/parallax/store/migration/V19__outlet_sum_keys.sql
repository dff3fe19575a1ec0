-- Schema version 19: each outlet's sums (version 10) kept by difference (OutletSums): a save
-- reads and rewrites the groups its changed coverage rows touch, one group at a time by its key.
CREATE INDEX outlet_voice_sums_by_key ON outlet_voice_sums (outlet, entity);
CREATE INDEX outlet_side_sums_by_key ON outlet_side_sums (outlet, side);
CREATE INDEX outlet_label_sums_by_key ON outlet_label_sums (outlet, entity, label);
CREATE INDEX outlet_tone_sums_by_key ON outlet_tone_sums (outlet, entity);
