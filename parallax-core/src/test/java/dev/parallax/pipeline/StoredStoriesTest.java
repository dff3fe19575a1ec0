package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import dev.parallax.stories.EventKeys;
import dev.parallax.stories.StoredProfile;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryIndexState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Story grouping against a store, with an in-memory store and hand-written articles. */
class StoredStoriesTest {
  private final StoryGrouper grouper = new StoryGrouper();

  /** Holds only the story state: the articles are passed in by the test. */
  private static final class MemoryStore implements CorpusStore {
    StoryIndexState state = StoryIndexState.EMPTY;

    @Override
    public List<ArticleResult> results() {
      return List.of();
    }

    @Override
    public void save(ArticleResult result) {}

    @Override
    public StoryIndexState stories() {
      return state;
    }

    @Override
    public void saveStories(StoryIndexState s) {
      state = s;
    }

    final Map<String, StoredProfile> profiles = new HashMap<>();
    List<StoredProfile> lastSaved = List.of();

    @Override
    public Map<String, StoredProfile> storyProfiles(String print) {
      profileReads++;
      return PRINT.equals(print) ? profiles : Map.of();
    }

    @Override
    public void saveStoryProfiles(String print, List<StoredProfile> made) {
      made.forEach(p -> profiles.put(p.article(), p));
      lastSaved = made;
    }

    /** The checkpoint, then its parts. */
    List<byte[]> checkpoint = List.of();

    int checkpointsSaved;
    int partsAdded;
    int profileReads;

    @Override
    public List<byte[]> storyCheckpoint(String print) {
      return PRINT.equals(print) ? checkpoint : List.of();
    }

    @Override
    public void saveStoryCheckpoint(String print, byte[] made) {
      checkpoint = made == null ? List.of() : List.of(made);
      checkpointsSaved++;
    }

    @Override
    public void addStoryCheckpointPart(String print, byte[] part) {
      List<byte[]> grown = new ArrayList<>(checkpoint);
      grown.add(part);
      checkpoint = List.copyOf(grown);
      partsAdded++;
    }

    /** The checkpoint an index restored from the stored checkpoint and parts makes. */
    byte[] whole(StoryGrouper grouper) {
      StoryIndex index = grouper.newIndex(EventKeys.NONE);
      assertThat(index.restoreFrom(state, checkpoint)).isTrue();
      return index.checkpoint();
    }
  }

  private static final String PRINT = "rules and options";

  private static Article article(String id, String date, String text) {
    return new Article(
        id,
        id + ".txt",
        null,
        null,
        PartialDate.parse(date),
        DateSource.METADATA,
        "en",
        text,
        List.of());
  }

  private static final Article BRIDGE_1 =
      article(
          "b1",
          "2024-06-03",
          "The old river bridge in Tarnow closed after engineers found cracks.");
  private static final Article BRIDGE_2 =
      article(
          "b2", "2024-06-04", "Engineers found cracks, so the Tarnow river bridge stays closed.");
  private static final Article CHOIR =
      article(
          "c1", "2024-06-04", "A children's choir from Lissa won the national singing contest.");
  private static final List<Article> FILLER =
      List.of(
          article("f1", "2024-01-10", "Port Aldo opened a tram line to the university district."),
          article("f2", "2024-02-11", "Bakers marched in the capital against flour prices."),
          article(
              "f3", "2024-03-12", "The chess champion drew the final game and kept the title."));

  /** The filler and the first bridge report. */
  private static final List<Article> FIRST =
      Stream.concat(FILLER.stream(), Stream.of(BRIDGE_1)).toList();

  /** {@link #FIRST} and the next two reports. */
  private static final List<Article> ALL =
      Stream.concat(FIRST.stream(), Stream.of(BRIDGE_2, CHOIR)).toList();

  /** A store that grouped {@link #FIRST}. */
  private MemoryStore storedFirst() {
    MemoryStore store = new MemoryStore();
    StoredStories.group(grouper, store, FIRST, a -> a, EventKeys.NONE, PRINT);
    return store;
  }

  private static Map<String, String> storyOf(List<Story> stories) {
    return stories.stream()
        .flatMap(s -> s.articles().stream().map(a -> Map.entry(a, s.id())))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  void storedArticlesKeepTheirStoriesAndNewOnesJoinOrOpenOne() {
    MemoryStore store = new MemoryStore();
    Map<String, String> before =
        storyOf(StoredStories.group(grouper, store, FIRST, a -> a, EventKeys.NONE, PRINT));

    List<Story> stories = StoredStories.group(grouper, store, ALL, a -> a, EventKeys.NONE, PRINT);
    Map<String, String> after = storyOf(stories);

    FIRST.forEach(a -> assertThat(after.get(a.id())).isEqualTo(before.get(a.id())));
    assertThat(after.get("b2")).isEqualTo(before.get("b1"));
    assertThat(before).doesNotContainValue(after.get("c1"));
    assertThat(store.state.arrivals()).hasSize(ALL.size());
    assertThat(stories).isEqualTo(grouper.group(ALL));
  }

  /** The stored assignment is taken as it is, even one a fresh grouping would not make. */
  @Test
  void storedArticlesAreNotGroupedAgain() {
    MemoryStore store = new MemoryStore();
    store.state =
        new StoryIndexState(
            List.of(List.of("f1", "b1"), List.of("f2"), List.of("f3")),
            List.of("f1", "f2", "f3", "b1"));
    List<Article> all = new ArrayList<>(FILLER);
    all.addAll(List.of(BRIDGE_1, BRIDGE_2));

    Map<String, String> stories =
        storyOf(StoredStories.group(grouper, store, all, a -> a, EventKeys.NONE, PRINT));

    assertThat(stories.get("b1")).isEqualTo(stories.get("f1"));
    assertThat(storyOf(grouper.group(all)).get("b1"))
        .isNotEqualTo(storyOf(grouper.group(all)).get("f1"));
    assertThat(store.state.stories().get(0)).startsWith("f1", "b1");
  }

  /**
   * A run takes the stored profiles of the articles it restores instead of profiling them again,
   * and groups as a run that profiles every article: only the new articles' profiles are made.
   */
  @Test
  void storedProfilesAreTakenAndGroupAsProfilingAgainDoes() {
    MemoryStore store = storedFirst();
    assertThat(store.lastSaved).hasSize(FIRST.size());
    MemoryStore withoutProfiles = new MemoryStore();
    withoutProfiles.state = store.state;
    List<Story> taken = StoredStories.group(grouper, store, ALL, a -> a, EventKeys.NONE, PRINT);
    List<Story> profiled =
        StoredStories.group(grouper, withoutProfiles, ALL, a -> a, EventKeys.NONE, PRINT);

    assertThat(store.lastSaved).extracting(StoredProfile::article).containsExactly("b2", "c1");
    assertThat(withoutProfiles.lastSaved).hasSize(ALL.size());
    assertThat(taken).isEqualTo(profiled);
    assertThat(store.profiles).isEqualTo(withoutProfiles.profiles);
  }

  /**
   * A run restores the index from the checkpoint the run before saved, reading no stored profile,
   * and groups as a run that observes every stored article, adding a part for what it learnt; a
   * checkpoint of other arrivals is passed over for the profiles. A run that adds nothing saves
   * nothing.
   */
  @Test
  void theCheckpointIsTakenWhenItHoldsTheStoredArrivals() {
    MemoryStore store = storedFirst();
    assertThat(store.checkpointsSaved).isEqualTo(1);
    MemoryStore withoutCheckpoint = new MemoryStore();
    withoutCheckpoint.state = store.state;
    withoutCheckpoint.profiles.putAll(store.profiles);
    store.profileReads = 0;

    List<Story> fromCheckpoint =
        StoredStories.group(grouper, store, ALL, a -> a, EventKeys.NONE, PRINT);
    List<Story> observed =
        StoredStories.group(grouper, withoutCheckpoint, ALL, a -> a, EventKeys.NONE, PRINT);

    assertThat(store.profileReads).isZero();
    assertThat(withoutCheckpoint.profileReads).isEqualTo(1);
    assertThat(fromCheckpoint).isEqualTo(observed).isEqualTo(grouper.group(ALL));
    assertThat(store.checkpointsSaved).isEqualTo(1);
    assertThat(store.partsAdded).isEqualTo(1);
    assertThat(store.checkpoint).hasSize(2);
    assertThat(withoutCheckpoint.checkpoint).hasSize(1);
    assertThat(store.whole(grouper)).isEqualTo(withoutCheckpoint.checkpoint.get(0));
    assertThat(store.profiles).isEqualTo(withoutCheckpoint.profiles);

    StoredStories.group(grouper, store, ALL, a -> a, EventKeys.NONE, PRINT);
    assertThat(store.checkpointsSaved).isEqualTo(1);
    assertThat(store.partsAdded).isEqualTo(1);
    assertThat(store.profileReads).isZero();

    // the state of the first run with the checkpoint of the second: other arrivals
    MemoryStore stale = new MemoryStore();
    stale.state = new StoryIndexState(List.of(List.of("f1")), List.of("f1"));
    stale.checkpoint = store.checkpoint;
    stale.profiles.putAll(store.profiles);
    List<Story> again = StoredStories.group(grouper, stale, ALL, a -> a, EventKeys.NONE, PRINT);
    assertThat(stale.profileReads).isEqualTo(1);
    assertThat(stale.checkpointsSaved).isEqualTo(1);
    assertThat(stale.partsAdded).isZero();
    assertThat(storyOf(again).keySet()).isEqualTo(storyOf(observed).keySet());
  }

  /**
   * A run given the stored articles without their text (one only saving its records) reads their
   * bodies only to observe them again, when the checkpoint does not restore the index, and groups
   * as a run given them whole.
   */
  @Test
  void storedArticlesWithoutTextAreReadWholeOnlyToBeObservedAgain() {
    Map<String, Article> whole = new HashMap<>();
    ALL.forEach(a -> whole.put(a.id(), a));
    List<Article> textless =
        ALL.stream().map(a -> FIRST.contains(a) ? a.withText("", List.of()) : a).toList();
    List<List<String>> read = new ArrayList<>();
    java.util.function.UnaryOperator<List<Article>> withBodies =
        articles -> {
          read.add(articles.stream().map(Article::id).toList());
          return articles.stream().map(a -> whole.get(a.id())).toList();
        };

    MemoryStore store = storedFirst();
    assertThat(StoredStories.group(grouper, store, textless, withBodies, EventKeys.NONE, PRINT))
        .isEqualTo(grouper.group(ALL));
    assertThat(read).isEmpty();

    MemoryStore neither = new MemoryStore();
    neither.state = storedFirst().state;
    assertThat(StoredStories.group(grouper, neither, textless, withBodies, EventKeys.NONE, PRINT))
        .isEqualTo(grouper.group(ALL));
    assertThat(read).hasSize(1);
    // profiled from no text, the stored bridge report is no longer found by the second one
    MemoryStore unread = new MemoryStore();
    unread.state = storedFirst().state;
    assertThat(StoredStories.group(grouper, unread, textless, a -> a, EventKeys.NONE, PRINT))
        .isNotEqualTo(grouper.group(ALL));
  }

  /**
   * Runs adding one article each add a part while the parts stay no larger than the checkpoint,
   * then write the whole index again; every run groups as one grouping every article, and the
   * checkpoint and parts restore the index observing every article makes.
   */
  @Test
  void partsAreAddedUntilTheyOutgrowTheCheckpoint() {
    List<Article> articles = new ArrayList<>(FILLER);
    for (int i = 0; i < 12; i++) {
      articles.add(
          article(
              "n" + i,
              "2024-07-" + (10 + i),
              "Town council " + i + " of Velm voted on the harbour plan, " + "again ".repeat(i)));
    }
    MemoryStore store = new MemoryStore();
    List<Integer> partsAfter = new ArrayList<>();
    for (int n = FILLER.size(); n <= articles.size(); n++) {
      List<Article> run = articles.subList(0, n);
      MemoryStore observing = new MemoryStore();
      observing.state = store.state;
      assertThat(StoredStories.group(grouper, store, run, a -> a, EventKeys.NONE, PRINT))
          .isEqualTo(StoredStories.group(grouper, observing, run, a -> a, EventKeys.NONE, PRINT));
      partsAfter.add(store.checkpoint.size() - 1);
      assertThat(store.whole(grouper)).isEqualTo(observing.checkpoint.get(0));
    }
    assertThat(store.partsAdded).isGreaterThan(3);
    assertThat(store.checkpointsSaved).isGreaterThan(1);
    // parts grow one a run, and go back to none when the whole is written again
    assertThat(partsAfter).contains(0, 1, 2, 3);
    assertThat(partsAfter.get(partsAfter.size() - 1)).isLessThan(partsAfter.size() - 1);
  }
}
