-- Schema version 21 (issue #17).
-- The story index checkpoint in parts: part 0 is the whole index as a run wrote it, each later part
-- what one run learnt after the parts before it (StoryIndex.checkpointPart), so that a run adding
-- a few articles writes those, not the whole index. The stored row is part 0.
ALTER TABLE story_checkpoint ADD COLUMN part INTEGER NOT NULL DEFAULT 0;
