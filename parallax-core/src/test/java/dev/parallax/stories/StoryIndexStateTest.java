package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Carrying a {@link StoryIndex} over to a later run through its {@link StoryIndexState}. */
class StoryIndexStateTest {
  private final Map<String, Article> byId = new HashMap<>();

  private StoryIndex index(List<Article> articles) {
    StoryIndex index = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
    articles.forEach(
        a -> {
          byId.put(a.id(), a);
          index.add(a);
        });
    return index;
  }

  private StoryIndex restored(StoryIndexState state) {
    StoryIndex index = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
    index.restore(state, byId::get);
    return index;
  }

  /** The filler, the first expulsion report and the flood, in that order. */
  private static List<Article> fillerExpulsionFlood() {
    List<Article> first = new ArrayList<>(TestArticles.filler());
    first.add(TestArticles.expulsion().get(0));
    first.addAll(TestArticles.flood());
    return first;
  }

  @Test
  void aRestoredIndexGrowsLikeTheOriginal() {
    List<Article> expulsion = TestArticles.expulsion();
    StoryIndex original = index(fillerExpulsionFlood());
    StoryIndex again = restored(original.state());

    assertThat(again.stories()).isEqualTo(original.stories());
    assertThat(again.state()).isEqualTo(original.state());
    String story = original.add(expulsion.get(1));
    assertThat(again.add(expulsion.get(1))).isEqualTo(story);
    assertThat(again.add(expulsion.get(2))).isEqualTo(original.add(expulsion.get(2)));
    assertThat(again.stories()).isEqualTo(original.stories());
    assertThat(StoryGrouperTest.storyOf(again.stories(), "a1").articles())
        .containsExactly("a1", "a2", "a3");
  }

  /**
   * An index restored from a checkpoint observes no stored article again and grows as one that
   * observed them all: the same stories, the same candidates compared, the same checkpoint after.
   */
  @Test
  void anIndexRestoredFromItsCheckpointGrowsLikeOneThatObservedEveryArticle() {
    List<Article> expulsion = TestArticles.expulsion();
    StoryIndex original = index(fillerExpulsionFlood());
    byte[] checkpoint = original.checkpoint();
    StoryIndex observed = restored(original.state());
    StoryIndex checkpointed = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);

    assertThat(checkpointed.restoreFrom(original.state(), List.of(checkpoint))).isTrue();
    assertThat(checkpointed.changedSinceCheckpoint()).isFalse();
    assertThat(checkpointed.profiled).isZero();
    assertThat(checkpointed.stories()).isEqualTo(observed.stories());
    assertThat(checkpointed.checkpoint()).isEqualTo(observed.checkpoint()).isEqualTo(checkpoint);
    for (Article a : List.of(expulsion.get(1), expulsion.get(2), TestArticles.halves().get(2))) {
      assertThat(checkpointed.add(a)).isEqualTo(observed.add(a));
      assertThat(checkpointed.lastCompared).isEqualTo(observed.lastCompared);
    }
    checkpointed.mergeStories();
    observed.mergeStories();
    assertThat(checkpointed.changedSinceCheckpoint()).isTrue();
    assertThat(checkpointed.stories()).isEqualTo(observed.stories());
    assertThat(checkpointed.state()).isEqualTo(observed.state());
    assertThat(checkpointed.checkpoint()).isEqualTo(observed.checkpoint());
    assertThat(StoryGrouperTest.storyOf(checkpointed.stories(), "a1").articles())
        .containsExactly("a1", "a2", "a3");
  }

  /** An empty index restored from {@code checkpoint} and the parts after it, or null if refused. */
  private static StoryIndex fromParts(StoryIndexState state, byte[]... checkpoint) {
    StoryIndex index = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
    return index.restoreFrom(state, List.of(checkpoint)) ? index : null;
  }

  /** Adds {@code articles} to {@code index}, keeping them for {@link #restored}. */
  private void add(StoryIndex index, Article... articles) {
    for (Article a : articles) {
      byId.put(a.id(), a);
      index.add(a);
    }
  }

  /**
   * Each run restored from a checkpoint and the parts after it adds a part holding what it learnt:
   * restored from all of them, an index holds what one observing every article holds (the same
   * checkpoint) and grows as it does. Parts out of order, missing or damaged are refused.
   */
  @Test
  void checkpointPartsRestoreWhatEachRunLearnt() {
    List<Article> expulsion = TestArticles.expulsion();
    StoryIndex original = index(fillerExpulsionFlood());
    byte[] checkpoint = original.checkpoint();
    assertThat(original.checkpointPart()).isNull();

    StoryIndex first = fromParts(original.state(), checkpoint);
    add(first, expulsion.get(1));
    byte[] part1 = first.checkpointPart();
    StoryIndex second = fromParts(first.state(), checkpoint, part1);
    assertThat(second.profiled).isZero();
    add(second, expulsion.get(2), TestArticles.halves().get(2));
    second.mergeStories();
    byte[] part2 = second.checkpointPart();
    assertThat(part2.length).isLessThan(checkpoint.length);

    StoryIndexState state = second.state();
    StoryIndex parts = fromParts(state, checkpoint, part1, part2);
    StoryIndex observed = restored(state);
    assertThat(parts.changedSinceCheckpoint()).isFalse();
    assertThat(parts.checkpoint()).isEqualTo(observed.checkpoint()).isEqualTo(second.checkpoint());
    assertThat(parts.stories()).isEqualTo(observed.stories());
    for (Article a : List.of(TestArticles.halves().get(0), TestArticles.halves().get(1))) {
      assertThat(parts.add(a)).isEqualTo(observed.add(a));
      assertThat(parts.lastCompared).isEqualTo(observed.lastCompared);
    }
    assertThat(parts.checkpoint()).isEqualTo(observed.checkpoint());

    assertThat(fromParts(state, checkpoint, part2)).isNull();
    assertThat(fromParts(state, checkpoint, part1)).isNull();
    assertThat(fromParts(first.state(), checkpoint, part1, part1)).isNull();
    assertThat(fromParts(state, checkpoint, part1, Arrays.copyOf(part2, part2.length - 1)))
        .isNull();
    assertThat(fromParts(state, part1, part2)).isNull();
  }

  /**
   * A checkpoint of other arrivals (an article replaced or removed since) or a damaged one is
   * refused, and the index is left empty to restore otherwise.
   */
  @Test
  void aCheckpointOfOtherArrivalsOrDamagedIsRefused() {
    List<Article> first = new ArrayList<>(TestArticles.filler());
    first.add(TestArticles.expulsion().get(0));
    StoryIndex original = index(first);
    byte[] checkpoint = original.checkpoint();
    StoryIndexState state = original.state();
    StoryIndex fewer = index(first.subList(0, first.size() - 1));

    List<byte[]> refused =
        List.of(
            java.util.Arrays.copyOf(checkpoint, checkpoint.length - 1),
            java.util.Arrays.copyOf(checkpoint, checkpoint.length + 1),
            java.util.Arrays.copyOf(checkpoint, 7),
            new byte[0],
            fewer.checkpoint());
    for (byte[] bytes : refused) {
      StoryIndex index = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
      assertThat(index.restoreFrom(state, List.of(bytes))).isFalse();
      assertThat(index.changedSinceCheckpoint()).isTrue();
      index.restore(state, byId::get);
      assertThat(index.stories()).isEqualTo(original.stories());
    }
    StoryIndex index = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
    assertThat(index.restoreFrom(fewer.state(), List.of(checkpoint))).isFalse();
    assertThat(index.restoreFrom(state, List.of())).isFalse();
    assertThat(index.stories()).isEmpty();
  }

  /**
   * Two halves of one report stored as two stories stay two stories when the whole arrives later: a
   * stored article's story id never changes. Without the store the merge pass would join them
   * ({@code StoryIndexTest}).
   */
  @Test
  void restoredStoriesNeverMergeWithEachOther() {
    Article left = TestArticles.halves().get(0);
    Article right = TestArticles.halves().get(1);
    Article whole = TestArticles.halves().get(2);
    List<Article> first = new ArrayList<>(TestArticles.filler());
    first.addAll(List.of(left, right));
    StoryIndex index = restored(index(first).state());
    List<Story> before = index.stories();

    index.add(whole);
    assertThat(index.mergeStories()).isZero();
    assertThat(StoryGrouperTest.storyOf(index.stories(), "h1").id())
        .isEqualTo(StoryGrouperTest.storyOf(before, "h1").id());
    assertThat(StoryGrouperTest.storyOf(index.stories(), "h2").id())
        .isEqualTo(StoryGrouperTest.storyOf(before, "h2").id())
        .isNotEqualTo(StoryGrouperTest.storyOf(before, "h1").id());
  }

  @Test
  void aNewStoryStillMergesIntoARestoredOne() {
    Article left = TestArticles.halves().get(0);
    Article right = TestArticles.halves().get(1);
    Article whole = TestArticles.halves().get(2);
    List<Article> first = new ArrayList<>(TestArticles.filler());
    first.addAll(TestArticles.flood());
    first.add(left);
    StoryIndex index = restored(index(first).state());
    byId.put(right.id(), right);

    index.add(right);
    index.add(whole);
    assertThat(index.mergeStories()).isEqualTo(1);
    assertThat(StoryGrouperTest.memberSets(index.stories())).contains(Set.of("h1", "h2", "h3"));
    assertThat(StoryGrouperTest.storyOf(index.stories(), "h2").id())
        .isEqualTo(StoryGrouperTest.storyOf(index.stories(), "h1").id());
  }

  @Test
  void restoreFailsFastOnAMissingArticleOrAFilledIndex() {
    StoryIndex original = index(TestArticles.expulsion());
    StoryIndexState state = original.state();
    StoryIndex empty = new StoryIndex(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);

    assertThatThrownBy(() -> empty.restore(state, id -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a1");
    assertThatThrownBy(() -> original.restore(state, byId::get))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStateListsEveryMemberOnce() {
    assertThatThrownBy(
            () -> new StoryIndexState(List.of(List.of("x"), List.of("x")), List.of("x", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoryIndexState(List.of(List.of("x")), List.of("y")))
        .isInstanceOf(IllegalArgumentException.class);
    // a member that never arrived, and one that arrived twice
    assertThatThrownBy(() -> new StoryIndexState(List.of(List.of("x", "y")), List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoryIndexState(List.of(List.of("x")), List.of("x", "x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StoryIndexState(List.of(List.of("x", "y")), List.of("y", "x")).stories())
        .containsExactly(List.of("x", "y"));
  }
}
