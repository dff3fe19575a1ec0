package dev.parallax.pipeline;

import dev.parallax.stories.StoryIndexState;
import java.util.List;

/**
 * A stored corpus that analyses grow: the per-article results of earlier runs and the state of
 * their story index. An {@link Analysis} given a store analyses only the inputs whose content id is
 * not stored yet, saves what it made of them, assigns them to the stored stories or new ones, and
 * writes output describing the whole stored corpus.
 *
 * <p>The analysis calls a store from one thread. A store that cannot be read or written fails with
 * an unchecked exception, which ends the run; what was saved before stays saved, and an article
 * saved without a story is placed in one by the next run.
 */
public interface CorpusStore {
  /** Every stored result (accepted articles with their extractions), in the order saved. */
  List<ArticleResult> results();

  /** Saves the result of one newly analysed, accepted article. */
  void save(ArticleResult result);

  /** The stored story index state, {@link StoryIndexState#EMPTY} when none was saved. */
  StoryIndexState stories();

  /** Replaces the stored story index state. */
  void saveStories(StoryIndexState state);
}
