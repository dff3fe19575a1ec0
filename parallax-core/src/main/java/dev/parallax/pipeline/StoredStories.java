package dev.parallax.pipeline;

import dev.parallax.model.Article;
import dev.parallax.model.Story;
import dev.parallax.stories.EventKeys;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryIndexState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Story grouping against a {@link CorpusStore}: the stored index is restored (stored articles keep
 * their stories and ids, nothing is clustered again), from the stored checkpoint of what the index
 * learnt when it holds the stored arrivals, else by observing every stored article again (taking
 * its stored profile instead of profiling it again where it still holds); the articles it does not
 * hold yet join a stored story or open new ones, and the grown state, the profiles made and a new
 * checkpoint are saved back.
 */
final class StoredStories {
  private static final Logger LOG = LoggerFactory.getLogger(StoredStories.class);

  private StoredStories() {}

  /**
   * All stories of {@code articles}, which hold every article of the stored state.
   *
   * @param events the event keys of {@code articles}
   * @param print what the profiles depend on besides the articles (rules, knowledge base, code,
   *     options): stored profiles of another print are not taken
   */
  static List<Story> group(
      StoryGrouper grouper,
      CorpusStore store,
      List<Article> articles,
      EventKeys events,
      String print) {
    StoryIndexState state = store.stories();
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    StoryIndex index = grouper.newIndex(events);
    if (!index.restoreFrom(state, store.storyCheckpoint(print))) {
      index.useStoredProfiles(store.storyProfiles(print));
      index.restore(state, byId::get);
    }
    Set<String> placed = Set.copyOf(state.arrivals());
    List<Story> stories =
        grouper.extend(index, articles.stream().filter(a -> !placed.contains(a.id())).toList());
    store.saveStories(index.state());
    store.saveStoryProfiles(print, index.madeProfiles());
    if (index.changedSinceCheckpoint() && index.checkpointable()) {
      store.saveStoryCheckpoint(print, checkpointOf(index));
    }
    return stories;
  }

  /**
   * The index's checkpoint, or null (the stored one dropped, the next run restoring from the
   * profiles) for an index too large for one.
   */
  private static byte[] checkpointOf(StoryIndex index) {
    try {
      return index.checkpoint();
    } catch (IllegalStateException e) {
      LOG.warn("no story index checkpoint kept: {}", e.getMessage());
      return null;
    }
  }
}
