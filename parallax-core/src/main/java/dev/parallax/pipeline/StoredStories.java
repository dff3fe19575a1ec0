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
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Story grouping against a {@link CorpusStore}: the stored index is restored (stored articles keep
 * their stories and ids, nothing is clustered again), from the stored checkpoint of what the index
 * learnt when it holds the stored arrivals, else by observing every stored article again (taking
 * its stored profile instead of profiling it again where it still holds); the articles it does not
 * hold yet join a stored story or open new ones, and the grown state, the profiles made and what
 * the index learnt are saved back.
 *
 * <p>What the index learnt is kept as a checkpoint and parts added after it: a run restored from
 * them adds a part holding what it learnt ({@link StoryIndex#checkpointPart}, the size of the run)
 * as long as the parts together stay no larger than the checkpoint; past that, or after a restore
 * without them, the whole index is written as a new checkpoint. So a run reads at most about twice
 * the checkpoint, and what an article taught the index is written again only once the parts have
 * grown as large as the checkpoint.
 */
final class StoredStories {
  private static final Logger LOG = LoggerFactory.getLogger(StoredStories.class);

  private StoredStories() {}

  /**
   * All stories of {@code articles}, which hold every article of the stored state.
   *
   * @param withBodies {@code articles} (or a part of them) with their bodies ({@link
   *     Corpus#withBodies}), read only when the index is restored without its checkpoint
   * @param events the event keys of {@code articles}
   * @param print what the profiles depend on besides the articles (rules, knowledge base, code,
   *     options): stored profiles of another print are not taken
   */
  static List<Story> group(
      StoryGrouper grouper,
      CorpusStore store,
      List<Article> articles,
      UnaryOperator<List<Article>> withBodies,
      EventKeys events,
      String print) {
    StoryIndexState state = store.stories();
    StoryIndex index = grouper.newIndex(events);
    List<byte[]> checkpoint = store.storyCheckpoint(print);
    if (!index.restoreFrom(state, checkpoint)) {
      index.useStoredProfiles(store.storyProfiles(print));
      // an article whose stored profile no longer holds is profiled again from its body
      Map<String, Article> byId = new HashMap<>();
      withBodies.apply(articles).forEach(a -> byId.put(a.id(), a));
      index.restore(state, byId::get);
    }
    Set<String> placed = Set.copyOf(state.arrivals());
    List<Story> stories =
        grouper.extend(index, articles.stream().filter(a -> !placed.contains(a.id())).toList());
    store.saveStories(index.state());
    store.saveStoryProfiles(print, index.madeProfiles());
    if (index.changedSinceCheckpoint() && index.checkpointable()) {
      byte[] part = index.checkpointPart();
      if (part != null && fits(checkpoint, part)) {
        store.addStoryCheckpointPart(print, part);
      } else {
        store.saveStoryCheckpoint(print, checkpointOf(index));
      }
    }
    return stories;
  }

  /**
   * Whether the stored checkpoint's parts and {@code part} together are no larger than the
   * checkpoint they follow.
   */
  private static boolean fits(List<byte[]> checkpoint, byte[] part) {
    long parts = part.length;
    for (byte[] p : checkpoint.subList(1, checkpoint.size())) {
      parts += p.length;
    }
    return parts <= checkpoint.get(0).length;
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
