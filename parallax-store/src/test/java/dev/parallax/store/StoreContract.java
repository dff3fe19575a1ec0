package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.KeyTallies;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.DateSource;
import dev.parallax.model.Event;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.Jsonl;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import dev.parallax.model.Story;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.report.ReportData;
import dev.parallax.store.search.SearchIndex;
import dev.parallax.stories.StoredProfile;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryIndexState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every store does, whichever database holds it: the same tests run on SQLite ({@link
 * SqliteStoreTest}) and on PostgreSQL ({@link PostgresStoreTest}).
 */
abstract class StoreContract {
  /** Seeds of random corpora read back in {@link #everyRecordAndDateFormReadsBackEqual}. */
  private static final int SEEDS = 40;

  /** A location holding no store yet. */
  abstract StoreLocation freshStore();

  /** Runs SQL in the store's database, outside the store. */
  abstract void execute(StoreLocation store, String sql) throws SQLException;

  /** The first column of the first row of a query, outside the store. */
  abstract String queryOne(StoreLocation store, String sql) throws SQLException;

  @Test
  void savedResultsReadBackEqualAndEncodeToTheSameBytes() {
    StoreLocation location = freshStore();
    List<ArticleResult> saved = List.of(StoredResults.full("a1"), StoredResults.full("a2"));
    try (RelationalStore store = RelationalStore.open(location)) {
      assertThat(store.results()).isEmpty();
      saved.forEach(store::save);
    }
    try (RelationalStore store = RelationalStore.open(location)) {
      List<ArticleResult> loaded = store.results();

      assertThat(store.size()).isEqualTo(2);
      assertThat(loaded).isEqualTo(saved);
      for (int i = 0; i < saved.size(); i++) {
        assertThat(ResultCodec.encode(loaded.get(i))).isEqualTo(ResultCodec.encode(saved.get(i)));
      }
    }
  }

  /**
   * A run's stored results read each article's quotes from the store when first read (a run growing
   * a large store reads few of them), and equal the results read whole.
   */
  @Test
  void aRunsResultsReadTheirQuotesWhenFirstRead() {
    StoreLocation location = freshStore();
    List<ArticleResult> saved = List.of(StoredResults.full("a1"), StoredResults.full("a2"));
    try (RelationalStore store = RelationalStore.open(location)) {
      saved.forEach(store::save);
      List<ArticleResult> run = store.resultsForRun(true);
      assertThat(run)
          .allSatisfy(
              r -> assertThat(((dev.parallax.model.LazyList<?>) r.quotes()).isMade()).isFalse());
      assertThat(run.get(1).quotes()).isNotEmpty().isEqualTo(saved.get(1).quotes());
      assertThat(((dev.parallax.model.LazyList<?>) run.get(0).quotes()).isMade()).isFalse();
      assertThat(run).isEqualTo(saved).isEqualTo(store.results());
    }
  }

  /**
   * A run writing no output folder may take the stored articles without their text: each is the
   * stored one with an empty body and no removed blocks (made from the row's columns, the outlet,
   * title, dates and language as stored, those left out too, the copy found), its other parts as a
   * run reads them with the text; the bodies are read by id. An article stored without its scare
   * quotes (before schema version 14), found again from its body, is read with its text; one
   * without its actor keys (before v20) with its actor mentions.
   */
  @Test
  void aRunsArticlesWithoutTextAreTheStoredOnesWithoutIt() throws SQLException {
    StoreLocation location = freshStore();
    ArticleResult full = StoredResults.full("a1");
    Article a = (Article) StoredResults.full("a2").record();
    ArticleResult bare =
        StoredResults.full("a2")
            .withRecord(
                new Article(
                    a.id(), a.source(), null, null, null, null, null, a.body(), a.removed()));
    try (RelationalStore store = RelationalStore.open(location)) {
      store.save(full);
      store.save(bare);
    }
    execute(location, "UPDATE articles SET copy_of = 'a1' WHERE id = 'a2'");
    try (RelationalStore store = RelationalStore.open(location)) {
      List<ArticleResult> whole = store.resultsForRun(true);
      List<ArticleResult> textless = store.resultsForRun(false);

      assertThat(((Article) whole.get(1).record()).copyOf()).isEqualTo("a1");
      assertThat(textless).hasSameSizeAs(whole).hasSize(2);
      for (int i = 0; i < whole.size(); i++) {
        Article read = (Article) whole.get(i).record();
        assertThat(read.removed()).isNotEmpty();
        assertThat(textless.get(i).record()).isEqualTo(read.withText("", List.of()));
        assertThat(textless.get(i).withRecord(read)).isEqualTo(whole.get(i));
      }
      assertThat(store.bodies(List.of("a2", "a1", "a9")))
          .isEqualTo(Map.of("a1", a.body(), "a2", a.body()));
    }
    execute(location, "UPDATE articles SET scare_quotes = NULL WHERE id = 'a1'");
    try (RelationalStore store = RelationalStore.open(location)) {
      assertThat(store.resultsForRun(false).get(0)).isEqualTo(store.results().get(0));
    }
    // an article stored without its actor keys (before v20) has its actor mentions read by id
    execute(location, "UPDATE articles SET actor_keys = NULL WHERE id = 'a2'");
    try (RelationalStore store = RelationalStore.open(location)) {
      assertThat(store.resultsForRun(false).get(1).actors())
          .isNotNull()
          .isEqualTo(store.results().get(1).actors());
    }
  }

  @Test
  void theArticleIsStoredAsItsArticlesJsonlLine() throws SQLException {
    StoreLocation location = freshStore();
    ArticleResult result = StoredResults.full("a1");
    try (RelationalStore store = RelationalStore.open(location)) {
      store.save(result);
    }
    String stored = queryOne(location, "SELECT article FROM articles WHERE id = 'a1'");
    // the line but for copy_of, which the corpus stages set and the store keeps in its own column
    assertThat(stored).isEqualTo(Jsonl.line(result.record()).replace(",\"copy_of\":null", ""));
    assertThat(stored).contains("Mira Kovač", "🚢", "\"published_from\":\"inferred\"");
  }

  @Test
  void storyStateReadsBackWithItsStoryIds() throws SQLException {
    StoreLocation location = freshStore();
    StoryIndexState state =
        new StoryIndexState(List.of(List.of("a2", "a1"), List.of("a3")), List.of("a2", "a3", "a1"));
    try (RelationalStore store = RelationalStore.open(location)) {
      assertThat(store.stories()).isEqualTo(StoryIndexState.EMPTY);
      List.of("a1", "a2", "a3").forEach(id -> store.save(StoredResults.full(id)));
      store.saveStories(new StoryIndexState(List.of(List.of("a1")), List.of("a1")));
      store.saveStories(state);
    }
    try (RelationalStore store = RelationalStore.open(location)) {
      assertThat(store.stories()).isEqualTo(state);
    }
    assertThat(queryOne(location, "SELECT story_id FROM story_members WHERE article = 'a1'"))
        .isEqualTo(StoryIndex.storyIdOf("a2"));
  }

  /**
   * The story state saved by its difference reads back as saved when stories grow, regroup and an
   * article leaves (the later arrivals numbered again, one lower).
   */
  @Test
  void storyStatesSavedOneAfterAnotherReadBackAsTheLast() {
    StoreLocation location = freshStore();
    List<StoryIndexState> states =
        List.of(
            new StoryIndexState(
                List.of(List.of("a1", "a2"), List.of("a3")), List.of("a1", "a2", "a3")),
            new StoryIndexState(
                List.of(List.of("a1", "a2", "a4"), List.of("a3"), List.of("a5")),
                List.of("a1", "a2", "a3", "a4", "a5")),
            new StoryIndexState(
                List.of(List.of("a2", "a4"), List.of("a5"), List.of("a3")),
                List.of("a2", "a3", "a4", "a5"),
                List.of(StoryIndex.storyIdOf("a1"), "s-five", "s-three")));
    try (RelationalStore store = RelationalStore.open(location)) {
      List.of("a1", "a2", "a3", "a4", "a5").forEach(id -> store.save(StoredResults.full(id)));
      for (StoryIndexState state : states) {
        store.saveStories(state);
        assertThat(store.stories()).isEqualTo(state);
      }
    }
    try (RelationalStore store = RelationalStore.open(location)) {
      assertThat(store.stories()).isEqualTo(states.get(2));
    }
  }

  @Test
  void storiesNameOnlyStoredArticles() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      StoryIndexState unknown = new StoryIndexState(List.of(List.of("zz")), List.of("zz"));

      assertThatThrownBy(() -> store.saveStories(unknown)).isInstanceOf(StoreException.class);
      assertThat(store.stories()).isEqualTo(StoryIndexState.EMPTY);
    }
  }

  @Test
  void onlyExtractedArticlesAreSaved() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      ArticleResult rejection =
          ArticleResult.of(new Rejection("r1", "x.txt", "empty input", "decode"), List.of());

      assertThatThrownBy(() -> store.save(rejection)).isInstanceOf(IllegalArgumentException.class);
      store.save(StoredResults.full("a1"));
      assertThatThrownBy(() -> store.save(StoredResults.full("a1")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("a1");
      // the failed save left the store usable
      store.save(StoredResults.full("a2"));
      assertThat(store.size()).isEqualTo(2);
    }
  }

  @Test
  void aStoreFromANewerSchemaIsRefusedWithTheReason() throws SQLException {
    StoreLocation location = freshStore();
    RelationalStore.open(location).close();
    execute(location, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");

    assertThatThrownBy(() -> RelationalStore.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(location.display())
        .hasMessageContaining("newer Parallax")
        .hasMessageContaining("99");
  }

  @Test
  void otherTablesAreNotTakenForAStore() throws SQLException {
    StoreLocation location = freshStore();
    execute(location, "CREATE TABLE things (x INTEGER)");

    assertThatThrownBy(() -> RelationalStore.open(location))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Parallax store");
  }

  @Test
  void aSecondWriterIsRefusedAtOnceNamingTheFirst() {
    StoreLocation location = freshStore();
    try (RelationalStore first = RelationalStore.open(location)) {
      assertThatThrownBy(() -> RelationalStore.open(location))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("in use")
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
      first.save(StoredResults.full("a1"));
    }
    try (RelationalStore again = RelationalStore.open(location)) {
      assertThat(again.size()).isEqualTo(1);
    }
  }

  @Test
  void aReaderReadsBesideTheWriterAndNeedsAStore() {
    StoreLocation location = freshStore();
    assertThatThrownBy(() -> RelationalStore.openReader(location))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no");
    try (RelationalStore writer = RelationalStore.open(location)) {
      writer.save(StoredResults.full("a1"));
      try (RelationalStore reader = RelationalStore.openReader(location)) {
        assertThat(reader.results()).containsExactly(StoredResults.full("a1"));
        writer.save(StoredResults.full("a2"));
        assertThat(reader.size()).isEqualTo(2);
      }
    }
  }

  @Test
  void aRejectionIsKeptUntilItsInputIsAccepted() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      ArticleResult article = StoredResults.full("a1");
      String source = article.record().source();
      store.saveRejection(Rejection.of(source, "empty input", "decode"));
      store.saveRejection(Rejection.of(source, "not a text: binary bytes", "decode"));
      store.saveRejection(Rejection.of("other.html", "empty input", "decode"));

      assertThat(store.rejections())
          .extracting(Rejection::source, Rejection::rejected)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(source, "not a text: binary bytes"),
              org.assertj.core.groups.Tuple.tuple("other.html", "empty input"));
      store.save(article);
      assertThat(store.rejections()).extracting(Rejection::source).containsExactly("other.html");
    }
  }

  @Test
  void theInputIsKeptAsEvidenceOnlyWhenAsked() {
    byte[] bytes = "<p>Chișinău \u0000 bytes as read</p>".getBytes(StandardCharsets.UTF_8);
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      store.save(StoredResults.full("a1"), document(bytes));
      store.keepSources(true);
      store.save(StoredResults.full("a2"), document(bytes));

      assertThat(store.source("a1")).isEmpty();
      RelationalStore.KeptSource kept = store.source("a2").orElseThrow();
      assertThat(kept.mediaType()).isEqualTo("HTML");
      assertThat(kept.bytes()).isEqualTo(bytes);
    }
  }

  private static RawDocument document(byte[] bytes) {
    return RawDocument.of("in/x.html", bytes, MediaType.HTML, null, SourceMetadata.NONE);
  }

  /**
   * Every record the pipeline makes can be stored (issue 16, item 6): random per-article results
   * and corpus records of every type, with every date form, are saved and read back equal, in one
   * store per seed, through the JSON columns and the relational tables alike.
   */
  @Test
  void everyRecordAndDateFormReadsBackEqual() {
    Set<PartialDate.Precision> precisions = EnumSet.noneOf(PartialDate.Precision.class);
    boolean yearless = false;
    boolean undated = false;
    for (long seed = 1; seed <= SEEDS; seed++) {
      RecordGenerator.Corpus corpus = new RecordGenerator(seed).corpus();
      StoreLocation location = freshStore();
      try (RelationalStore store = RelationalStore.open(location)) {
        corpus.results().forEach(store::save);
        store.saveRecords(corpus.records(), corpus.outlets(), corpus.outletIdOf());
      }
      try (RelationalStore store = RelationalStore.open(location)) {
        List<ArticleResult> read = store.results();
        // a stored article comes back with the copy_of the corpus stages found
        Map<String, String> copyOf = new HashMap<>();
        corpus.records().articles().stream()
            .filter(a -> a.copyOf() != null)
            .forEach(a -> copyOf.put(a.id(), a.copyOf()));
        assertThat(copyOf).as("seed %d: copies", seed).hasSize(corpus.results().size() / 2);
        assertThat(read)
            .as("seed %d: results", seed)
            .isEqualTo(
                corpus.results().stream()
                    .map(
                        r ->
                            r.withRecord(
                                ((Article) r.record()).withCopyOf(copyOf.get(r.record().id()))))
                    .toList());
        assertThat(store.records()).as("seed %d: records", seed).isEqualTo(corpus.records());
        assertThat(store.outlets()).as("seed %d: outlets", seed).isEqualTo(corpus.outlets());
        for (var outlet : corpus.outlets()) {
          assertThat(store.articlesOfOutlet(outlet.id(), null, null))
              .as("seed %d: articles of %s", seed, outlet.name())
              .isEqualTo(
                  corpus.records().articles().stream()
                      .filter(a -> outlet.name().equals(a.outlet()))
                      .toList());
        }
        assertThat(store.corpusPending()).isFalse();
      }
      for (ArticleResult r : corpus.results()) {
        for (ExtractedEvent e : r.events()) {
          yearless |= e.yearlessDay() != null;
          undated |= e.event().date() == null;
          if (e.event().date() != null) {
            precisions.add(e.event().date().precision());
          }
        }
      }
    }
    // the generator did reach every date form
    assertThat(precisions).containsExactlyInAnyOrder(PartialDate.Precision.values());
    assertThat(yearless).isTrue();
    assertThat(undated).isTrue();
  }

  /**
   * Story profiles read back under the print they were saved under, a new profile of an article
   * replaces its stored one, and profiles saved under another print replace all stored ones.
   */
  @Test
  void storyProfilesReadBackUnderTheirPrint() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      StoredProfile a = new StoredProfile("a1", "c1", "{\"w\":{}}");
      StoredProfile b = new StoredProfile("a2", "c2", "{}");
      store.saveStoryProfiles("p1", List.of(a, b));
      assertThat(store.storyProfiles("p1")).isEqualTo(Map.of("a1", a, "a2", b));
      assertThat(store.storyProfiles("p2")).isEmpty();

      StoredProfile a2 = new StoredProfile("a1", "c3", "{\"x\":1}");
      store.saveStoryProfiles("p1", List.of(a2));
      assertThat(store.storyProfiles("p1")).isEqualTo(Map.of("a1", a2, "a2", b));

      store.saveStoryProfiles("p2", List.of(b));
      assertThat(store.storyProfiles("p2")).isEqualTo(Map.of("a2", b));
      assertThat(store.storyProfiles("p1")).isEmpty();
    }
  }

  /**
   * The story index checkpoint reads back under its print with the parts added after it in order; a
   * new one replaces it and its parts, none (null) drops them, and a part needs a checkpoint.
   */
  @Test
  void theStoryCheckpointReadsBackUnderItsPrintWithItsParts() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      assertThat(store.storyCheckpoint("p1")).isEmpty();
      byte[] first = {0, 1, 2, (byte) 0xff, 0};
      store.saveStoryCheckpoint("p1", first);
      assertThat(store.storyCheckpoint("p1")).containsExactly(first);
      assertThat(store.storyCheckpoint("p2")).isEmpty();
      byte[] second = new byte[70_000];
      second[69_999] = 7;
      store.saveStoryCheckpoint("p2", second);
      assertThat(store.storyCheckpoint("p2")).containsExactly(second);
      assertThat(store.storyCheckpoint("p1")).isEmpty();
      assertThatThrownBy(() -> store.addStoryCheckpointPart("p1", first))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("p1");

      byte[] part1 = {9, 8};
      byte[] part2 = new byte[3_000];
      part2[0] = 5;
      store.addStoryCheckpointPart("p2", part1);
      store.addStoryCheckpointPart("p2", part2);
      assertThat(store.storyCheckpoint("p2")).containsExactly(second, part1, part2);
      store.saveStoryCheckpoint("p2", first);
      assertThat(store.storyCheckpoint("p2")).containsExactly(first);
      store.addStoryCheckpointPart("p2", part2);
      assertThat(store.storyCheckpoint("p2")).containsExactly(first, part2);
      store.saveStoryCheckpoint("p2", null);
      assertThat(store.storyCheckpoint("p2")).isEmpty();
    }
  }

  /**
   * Article texts (what coverage read in each article) read back by article under the print they
   * were saved under, more of them than one query names; a text saved again replaces its article's,
   * and a save under another print drops those of the print before.
   */
  @Test
  void articleTextsReadBackByArticleUnderTheirPrint() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      List<String> ids = new ArrayList<>();
      Map<String, byte[]> texts = new HashMap<>();
      for (int i = 0; i < 1_203; i++) {
        String id = String.format("a%04d", i);
        ids.add(id);
        texts.put(id, new byte[] {1, (byte) i, (byte) (i >> 8), 0});
      }
      assertThat(store.articleTexts("p1", ids)).isEmpty();
      store.saveArticleTexts("p1", texts);
      List<String> asked = new ArrayList<>(ids);
      asked.add("a0000");
      asked.add("unknown");
      Map<String, byte[]> read = store.articleTexts("p1", asked);
      assertThat(read).containsOnlyKeys(texts.keySet());
      texts.forEach((id, bytes) -> assertThat(read.get(id)).as(id).isEqualTo(bytes));
      assertThat(store.articleTexts("p1", List.of("a0007", "a1202")))
          .containsOnlyKeys("a0007", "a1202");

      store.saveArticleTexts("p1", Map.of("a0007", new byte[] {9}));
      assertThat(store.articleTexts("p1", List.of("a0007")).get("a0007")).containsExactly(9);
      assertThat(store.articleTexts("p1", ids)).hasSize(1_203);
      assertThat(store.articleTexts("p2", ids)).isEmpty();

      store.saveArticleTexts("p2", Map.of("a0001", new byte[] {5}));
      assertThat(store.articleTexts("p1", ids)).isEmpty();
      assertThat(store.articleTexts("p2", ids)).containsOnlyKeys("a0001");
    }
  }

  /**
   * Story digests (issue 17 item 2) read back as saved, a story's stored events, coverage and
   * conflicts read back in output order with the dates inferred for its articles, and a save of
   * corpus records drops the digests saved before it.
   */
  @Test
  void storyDigestsAndAStorysStoredRecordsReadBack() {
    RecordGenerator.Corpus corpus = null;
    for (int seed = 31; corpus == null || !hasInferredDateInAStory(corpus); seed++) {
      corpus = new RecordGenerator(seed).corpus();
    }
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      corpus.results().forEach(store::save);
      store.saveRecords(
          corpus.records(), corpus.outlets(), corpus.outletIdOf(), id -> "v-of-" + id);
      List<String> stories =
          corpus.records().stories().stream().map(dev.parallax.model.Story::id).toList();
      assertThat(stories).hasSizeGreaterThan(1);
      Map<String, String> digests = new HashMap<>();
      stories.forEach(id -> digests.put(id, "d" + id));
      store.saveStoryDigests(digests);
      assertThat(store.storyDigests()).isEqualTo(digests);

      Set<String> some = Set.of(stories.get(0), stories.get(stories.size() - 1));
      var read = store.storyRecords(some, true);
      assertThat(read.coverage())
          .isNotEmpty()
          .isEqualTo(
              corpus.records().coverage().stream().filter(c -> some.contains(c.story())).toList());
      assertThat(read.conflicts())
          .isEqualTo(
              corpus.records().conflicts().stream().filter(c -> some.contains(c.story())).toList());
      assertThat(read.events())
          .isEqualTo(
              corpus.records().events().stream()
                  .filter(e -> e.story() != null && some.contains(e.story()))
                  .toList());
      assertThat(read.published()).isEqualTo(inferred(corpus, some));
      assertThat(store.storyRecords(Set.copyOf(stories), true).published())
          .isNotEmpty()
          .isEqualTo(inferred(corpus, Set.copyOf(stories)));

      store.saveRecords(corpus.records(), corpus.outlets(), corpus.outletIdOf());
      assertThat(store.storyDigests()).isEmpty();
    }
  }

  /**
   * The records of stories read only to be saved again (not whole) are not read at all: none of
   * their events, coverage rows and conflicts is given, and a save without them keeps them as
   * stored, writing nothing. A story whose stored record has no digest, which a save would have to
   * digest, makes the read whole.
   */
  @Test
  void recordsReadOnlyToBeSavedAgainAreNotReadAndStayAsStored() throws SQLException {
    RecordGenerator.Corpus generated = corpusToChange();
    // every event in a story, as fusion gives them: an article's events are all its story's
    ReportData records =
        withEvents(
            generated.records(),
            generated.records().events().stream()
                .map(e -> e.story() == null ? e.withStory("unstoried") : e)
                .toList());
    RecordGenerator.Corpus corpus =
        new RecordGenerator.Corpus(generated.results(), records, generated.outlets());
    StoreLocation location = savedOnce(corpus);
    // every story of a record (the generator's coverage and conflicts need not be of stories)
    Set<String> stories = new HashSet<>();
    records.stories().forEach(x -> stories.add(x.id()));
    records.events().forEach(e -> stories.add(e.story()));
    records.coverage().forEach(c -> stories.add(c.story()));
    records.conflicts().forEach(c -> stories.add(c.story()));
    stories.remove(null);
    try (RelationalStore store = RelationalStore.open(location)) {
      var kept = store.storyRecords(stories, false);
      assertThat(kept.whole()).isFalse();
      assertThat(records.events()).anyMatch(e -> stories.contains(e.story()));
      assertThat(records.coverage()).isNotEmpty();
      assertThat(kept.events()).isEmpty();
      assertThat(kept.coverage()).isEmpty();
      assertThat(kept.conflicts()).isEmpty();

      // a run without their events, coverage rows and conflicts: those stay as stored
      store.saveRecords(
          withConflicts(
              withCoverage(withEvents(records, List.of()), List.of()),
              records.conflicts().stream().filter(c -> !stories.contains(c.story())).toList()),
          corpus.outlets(),
          corpus.outletIdOf());
      assertThat(store.lastSave().inserted + store.lastSave().updated + store.lastSave().deleted)
          .isZero();
      assertThat(store.records()).isEqualTo(records);
    }
    execute(location, "UPDATE stories SET digest = NULL WHERE position = 0");
    try (RelationalStore store = RelationalStore.open(location)) {
      var whole = store.storyRecords(stories, false);
      assertThat(whole.whole()).isTrue();
      assertThat(whole.coverage())
          .isEqualTo(records.coverage().stream().filter(c -> stories.contains(c.story())).toList());
    }
  }

  /**
   * The events, coverage rows and conflicts of the stories a run left in the store (read only to be
   * saved) stay as stored, neither read nor retired, while another story's are saved: one of its
   * events and one of its conflicts gone, their rows deleted, its coverage rows changed, and a new
   * event with the mentions of a left event (had that event been taken for gone, its id would
   * redirect to the new one). Each coverage row and conflict is at its story's place and its rank;
   * the story before the left one gone, the left story's rows move up with it, unread.
   */
  @Test
  void theRecordsOfStoriesLeftInTheStoreStayWhileAnotherStorysChange() throws SQLException {
    RecordGenerator.Corpus generated = corpusToChange();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < generated.records().events().size(); i++) {
      events.add(generated.records().events().get(i).withStory(i % 2 == 0 ? "one" : "two"));
    }
    assertThat(events).hasSizeGreaterThan(3);
    // story "one"'s coverage rows and conflicts, then story "two"'s, as a store keeps them
    List<Coverage> coverage = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    for (int one = 0; one < 2; one++) {
      String story = one == 0 ? "one" : "two";
      List<Coverage> rows = generated.records().coverage();
      for (int i = one; i < rows.size(); i += 2) {
        coverage.add(inStory(rows.get(i), story));
      }
      List<Conflict> found = generated.records().conflicts();
      for (int i = one; i < found.size(); i += 2) {
        Conflict c = found.get(i);
        conflicts.add(new Conflict(c.id(), story, c.about(), c.claims(), c.summary()));
      }
    }
    ReportData records =
        withStories(
            withConflicts(
                withCoverage(withEvents(generated.records(), events), coverage), conflicts),
            List.of(story("first"), story("one"), story("two")));
    RecordGenerator.Corpus corpus =
        new RecordGenerator.Corpus(generated.results(), records, generated.outlets());
    StoreLocation location = savedOnce(corpus);
    // a row's position is its story's place (one more than the story's) and its rank in it
    assertPlaces(location, coverage, conflicts, 2, 3);
    Event dropped = events.get(3);
    Conflict droppedConflict = conflicts.get(conflicts.size() - 1);
    assertThat(droppedConflict.story()).isEqualTo("two");
    try (RelationalStore store = RelationalStore.open(location)) {
      var kept = store.storyRecords(Set.of("one"), false);
      assertThat(kept.events()).isEmpty();
      assertThat(kept.coverage()).isEmpty();
      assertThat(kept.conflicts()).isEmpty();
      List<Event> two =
          new ArrayList<>(
              events.stream().filter(e -> e.story().equals("two") && e != dropped).toList());
      Event likeOne =
          events.get(0).withReports("e-new", events.get(0).mentions(), 1, 1).withStory("two");
      two.add(likeOne);
      List<Coverage> twoRows =
          coverage.stream()
              .filter(c -> c.story().equals("two"))
              .map(c -> c.withOutletId("changed"))
              .toList();
      List<Conflict> twoConflicts =
          conflicts.stream().filter(c -> c.story().equals("two") && c != droppedConflict).toList();
      // the first story gone: the left story "one" moves up, its rows with it, unread (its row
      // too: a title it was given now is not written)
      store.saveRecords(
          withStories(
              withConflicts(withCoverage(withEvents(records, two), twoRows), twoConflicts),
              List.of(
                  new Story("one", "not written", List.of(), List.of(), null, null, List.of()),
                  story("two"))),
          corpus.outlets(),
          corpus.outletIdOf());
      assertThat(store.lastSave().deleted).isPositive();
      List<Event> remaining = new ArrayList<>(events);
      remaining.remove(dropped);
      remaining.add(likeOne);
      // the new event's first article is a left event's: their places tie
      assertThat(store.records().events()).containsExactlyInAnyOrderElementsOf(remaining);
      List<Coverage> rows =
          new ArrayList<>(coverage.stream().filter(c -> c.story().equals("one")).toList());
      rows.addAll(twoRows);
      assertThat(store.records().coverage()).isEqualTo(rows);
      List<Conflict> left = new ArrayList<>(conflicts);
      left.remove(droppedConflict);
      assertThat(store.records().conflicts()).isEqualTo(left);
    }
    assertThat(queryOne(location, "SELECT count(*) FROM id_redirects WHERE kind = 'event'"))
        .isEqualTo("0");
    assertThat(queryOne(location, "SELECT title FROM stories WHERE id = 'one'"))
        .isEqualTo("title of one");
    assertThat(queryOne(location, "SELECT position FROM stories WHERE id = 'one'")).isEqualTo("0");
    assertThat(queryOne(location, "SELECT position FROM stories WHERE id = 'two'")).isEqualTo("1");
    List<Coverage> rows = new ArrayList<>(coverage);
    rows.replaceAll(c -> c.story().equals("two") ? c.withOutletId("changed") : c);
    List<Conflict> left = new ArrayList<>(conflicts);
    left.remove(droppedConflict);
    assertPlaces(location, rows, left, 1, 2);
  }

  /**
   * A story left in the store has its articles' corpus columns as stored: the save neither reads
   * nor writes them (what the story's digest covers decides them), while another story's are
   * written.
   */
  @Test
  void theArticlesOfStoriesLeftInTheStoreKeepTheirCorpusColumns() throws SQLException {
    RecordGenerator.Corpus generated = corpusToChange();
    List<String> ids = generated.records().articles().stream().map(Article::id).toList();
    assertThat(ids).hasSizeGreaterThan(1);
    List<String> inOne = ids.subList(0, ids.size() / 2);
    List<String> inTwo = ids.subList(ids.size() / 2, ids.size());
    ReportData records =
        withStories(
            generated.records(),
            List.of(
                new Story("one", "one", inOne, List.of(), null, null, List.of()),
                new Story("two", "two", inTwo, List.of(), null, null, List.of())));
    StoreLocation location = freshStore();
    try (RelationalStore store = RelationalStore.open(location)) {
      generated.results().forEach(store::save);
      store.saveRecords(records, generated.outlets(), id -> "first-" + id);
    }
    try (RelationalStore store = RelationalStore.open(location)) {
      store.storyRecords(Set.of("one"), false);
      store.saveRecords(records, generated.outlets(), id -> "second-" + id);
    }
    Map<String, String> saved = outletIds(location, ids);
    inOne.forEach(id -> assertThat(saved.get(id)).isEqualTo("first-" + id));
    inTwo.forEach(id -> assertThat(saved.get(id)).isEqualTo("second-" + id));
  }

  /** The outlet id stored with each of {@code ids}, by article id (null for none). */
  private Map<String, String> outletIds(StoreLocation location, List<String> ids)
      throws SQLException {
    Map<String, String> out = new HashMap<>();
    for (String id : ids) {
      out.put(id, queryOne(location, "SELECT outlet_id FROM articles WHERE id = '" + id + "'"));
    }
    return out;
  }

  /**
   * Each of {@code coverage} and {@code conflicts} (of stories "one" and "two") is stored at its
   * story's place and its rank among that story's rows.
   */
  private void assertPlaces(
      StoreLocation location, List<Coverage> coverage, List<Conflict> conflicts, long one, long two)
      throws SQLException {
    Map<String, Integer> ranks = new HashMap<>();
    for (Coverage c : coverage) {
      long place = (c.story().equals("one") ? one : two) << 20;
      assertThat(
              queryOne(
                  location,
                  "SELECT position FROM coverage WHERE story = '"
                      + c.story()
                      + "' AND outlet "
                      + (c.outlet() == null ? "IS NULL" : "= '" + c.outlet() + "'")))
          .isEqualTo(Long.toString(place | (ranks.merge(c.story(), 1, Integer::sum) - 1)));
    }
    ranks.clear();
    for (Conflict c : conflicts) {
      long place = (c.story().equals("one") ? one : two) << 20;
      assertThat(queryOne(location, "SELECT position FROM conflicts WHERE id = '" + c.id() + "'"))
          .isEqualTo(Long.toString(place | (ranks.merge(c.story(), 1, Integer::sum) - 1)));
    }
  }

  /** A story of this id and nothing else. */
  private static Story story(String id) {
    return new Story(id, "title of " + id, List.of(), List.of(), null, null, List.of());
  }

  /** {@code records} with {@code stories}. */
  private static ReportData withStories(ReportData records, List<Story> stories) {
    return new ReportData(
        records.articles(),
        records.entities(),
        records.events(),
        records.quotes(),
        stories,
        records.coverage(),
        records.conflicts());
  }

  /** {@code row} in {@code story}. */
  private static Coverage inStory(Coverage row, String story) {
    return new Coverage(
        story,
        row.outlet(),
        row.articles(),
        row.labels(),
        row.voices(),
        row.reported(),
        row.omitted(),
        row.tone(),
        row.outletId());
  }

  /**
   * An event's position is its first article's seq and its rank among that article's events: an
   * event added to one story, before events of other first articles, moves none of them, and the
   * events still read back in their order.
   */
  @Test
  void anEventsPositionIsItsFirstArticleAndRankWhichOtherEventsDoNotMove() throws SQLException {
    RecordGenerator.Corpus corpus = corpusToChange();
    ReportData records = corpus.records();
    StoreLocation location = savedOnce(corpus);
    List<String> saved = corpus.results().stream().map(r -> r.record().id()).toList();
    Map<String, String> before = new HashMap<>();
    Map<String, Integer> ranks = new HashMap<>();
    for (Event e : records.events()) {
      String first =
          e.mentions().stream()
              .map(m -> m.article())
              .min(java.util.Comparator.comparingInt(saved::indexOf))
              .orElseThrow();
      long seq =
          Long.parseLong(queryOne(location, "SELECT seq FROM articles WHERE id = '" + first + "'"));
      int rank = ranks.merge(first, 1, Integer::sum) - 1;
      String position =
          queryOne(location, "SELECT position FROM events WHERE id = '" + e.id() + "'");
      assertThat(Long.parseLong(position)).as(e.id()).isEqualTo((seq << 20) | rank);
      before.put(e.id(), position);
    }
    // a new event reported by the first event's first article, after that article's events
    Event firstEvent = records.events().get(0);
    Event added =
        firstEvent.withReports(
            "e-added",
            firstEvent.mentions().stream()
                .min(java.util.Comparator.comparingInt(m -> saved.indexOf(m.article())))
                .stream()
                .toList(),
            1,
            1);
    List<Event> events = new ArrayList<>(records.events());
    events.add(
        (int) records.events().stream().takeWhile(e -> sameFirst(e, firstEvent, saved)).count(),
        added);
    try (RelationalStore store = RelationalStore.open(location)) {
      store.saveRecords(withEvents(records, events), corpus.outlets(), corpus.outletIdOf());
      assertThat(store.records().events()).isEqualTo(events);
      assertThat(list(store.records("events.jsonl", 1))).isEqualTo(events);
    }
    for (Event e : records.events()) {
      assertThat(queryOne(location, "SELECT position FROM events WHERE id = '" + e.id() + "'"))
          .as(e.id())
          .isEqualTo(before.get(e.id()));
    }
  }

  /** {@code records} with {@code coverage}. */
  private static ReportData withCoverage(ReportData records, List<Coverage> coverage) {
    return new ReportData(
        records.articles(),
        records.entities(),
        records.events(),
        records.quotes(),
        records.stories(),
        coverage,
        records.conflicts());
  }

  /** {@code records} with {@code conflicts}. */
  private static ReportData withConflicts(ReportData records, List<Conflict> conflicts) {
    return new ReportData(
        records.articles(),
        records.entities(),
        records.events(),
        records.quotes(),
        records.stories(),
        records.coverage(),
        conflicts);
  }

  /** Whether {@code a} and {@code b} have the same first article among {@code saved}. */
  private static boolean sameFirst(Event a, Event b, List<String> saved) {
    java.util.function.Function<Event, Integer> first =
        e -> e.mentions().stream().mapToInt(m -> saved.indexOf(m.article())).min().orElse(-1);
    return first.apply(a).equals(first.apply(b));
  }

  /** {@code records} with {@code events}. */
  private static ReportData withEvents(ReportData records, List<Event> events) {
    return new ReportData(
        records.articles(),
        records.entities(),
        events,
        records.quotes(),
        records.stories(),
        records.coverage(),
        records.conflicts());
  }

  /** Whether {@code corpus} has two stories and an inferred publication date in one of them. */
  private static boolean hasInferredDateInAStory(RecordGenerator.Corpus corpus) {
    Set<String> all = new HashSet<>();
    corpus.records().stories().forEach(s -> all.add(s.id()));
    return all.size() > 1 && !inferred(corpus, all).isEmpty();
  }

  /**
   * The inferred publication dates of the articles of {@code corpus}'s stories with these ids, as
   * saved with {@code v-of-} and the article's id as the event they come from.
   */
  private static Map<String, InferredPublication> inferred(
      RecordGenerator.Corpus corpus, Set<String> stories) {
    Set<String> articles = new HashSet<>();
    corpus.records().stories().stream()
        .filter(s -> stories.contains(s.id()))
        .forEach(s -> articles.addAll(s.articles()));
    Map<String, InferredPublication> out = new HashMap<>();
    corpus.records().articles().stream()
        .filter(a -> a.publishedFrom() == DateSource.INFERRED && articles.contains(a.id()))
        .forEach(a -> out.put(a.id(), new InferredPublication(a.published(), "v-of-" + a.id())));
    return out;
  }

  /**
   * Quotes saved by difference (schema version 17): the quotes of the articles a save wrote before
   * are kept, their speakers following the entity their key is linked to now; the quotes of the
   * others (added since, or saved by a run that died before its corpus records) are written.
   */
  @Test
  void quotesOfArticlesSavedBeforeAreKeptAndFollowTheirSpeakersKeys() {
    List<ArticleResult> results = new ArrayList<>();
    for (int seed = 1; results.stream().mapToInt(r -> r.quotes().size()).sum() < 24; seed++) {
      results.addAll(new RecordGenerator(700 + seed).corpus().results());
    }
    int half = results.size() / 2;
    List<ArticleResult> early = results.subList(0, half);
    List<ArticleResult> late = results.subList(half, results.size() - 1);
    ArticleResult died = results.get(results.size() - 1);
    // each quote's speaker one of three keys, or none
    Map<String, String> keyOf = new HashMap<>();
    int i = 0;
    for (ArticleResult r : results) {
      for (var q : r.quotes()) {
        keyOf.put(q.quote().id(), i % 4 == 3 ? null : "k" + i % 3);
        i++;
      }
    }
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      early.forEach(store::save);
      Map<String, String> first = Map.of("k0", "e1", "k1", "e2");
      saveQuotes(store, early, first, keyOf, Set.of());
      assertThat(store.records().quotes()).isEqualTo(quotes(early, first, keyOf));
      assertThat(store.lastSave().inserted).isEqualTo(quotes(early, first, keyOf).size());

      // k0 moves to another entity and k2 is linked now: only the added articles' quotes are new
      late.forEach(store::save);
      Map<String, String> second = Map.of("k0", "e3", "k1", "e2", "k2", "e4");
      saveQuotes(store, late, second, keyOf, ids(early));
      List<ArticleResult> both = new ArrayList<>(early);
      both.addAll(late);
      assertThat(store.records().quotes()).isEqualTo(quotes(both, second, keyOf));
      long moved =
          quotes(early, second, keyOf).stream()
              .filter(q -> "k0".equals(keyOf.get(q.id())) || "k2".equals(keyOf.get(q.id())))
              .count();
      assertThat(store.lastSave().inserted).isEqualTo(quotes(late, second, keyOf).size());
      assertThat(store.lastSave().updated).isEqualTo(moved);

      // an article saved by a run that died before its corpus records: its quotes are written,
      // though it was stored before this save; k0 and k2 are no longer linked
      store.save(died);
      both.add(died);
      Map<String, String> third = Map.of("k1", "e2");
      saveQuotes(store, List.of(), third, keyOf, ids(both));
      assertThat(store.records().quotes()).isEqualTo(quotes(both, third, keyOf));
      assertThat(store.lastSave().inserted).isEqualTo(died.quotes().size());

      // a newer version of an article replaces it: its quotes go with it, the new one's are written
      RawDocument at = versioned("v");
      ArticleResult older = quoted(798);
      ArticleResult newer = quoted(799);
      assertThat(store.saveVersion(older, at)).isEmpty();
      both.add(older);
      saveQuotes(store, List.of(older), third, keyOf, ids(both));
      assertThat(store.records().quotes()).anyMatch(q -> q.article().equals(older.record().id()));
      assertThat(store.saveVersion(newer, at)).containsExactly(older.record().id());
      assertThat(store.records().quotes()).noneMatch(q -> q.article().equals(older.record().id()));
      both.remove(older);
      both.add(newer);
      saveQuotes(store, List.of(newer), third, keyOf, ids(both));
      assertThat(store.records().quotes()).isEqualTo(quotes(both, third, keyOf));

      // a save without the speakers compares every quote; the next save with them writes all again
      store.saveRecords(
          records(quotes(both, third, keyOf)), List.of(), id -> null, id -> null, null);
      saveQuotes(store, List.of(), third, keyOf, ids(both));
      assertThat(store.lastSave().inserted).isEqualTo(quotes(both, third, keyOf).size());
      assertThat(store.records().quotes()).isEqualTo(quotes(both, third, keyOf));
    }
  }

  /**
   * A save given the speakers keeps the entity mention rows of the articles it saved before and
   * adds the rest of each entity's list after them; an entity a stored key moves into or out of,
   * and one whose kept mentions are not those stored, is written whole.
   */
  @Test
  void entityMentionsOfArticlesSavedBeforeAreKeptAndTheRestAdded() {
    List<ArticleResult> results = new ArrayList<>();
    for (int seed = 1; results.size() < 9; seed++) {
      results.addAll(new RecordGenerator(900 + seed).corpus().results());
    }
    List<ArticleResult> early = results.subList(0, 4);
    List<ArticleResult> late = results.subList(4, 8);
    ArticleResult died = results.get(8);
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      early.forEach(store::save);
      Map<String, String> first = Map.of("k0", "e1", "k1", "e2", "k2", "e2");
      saveEntities(store, first, Set.of());
      assertThat(store.records().entities()).isEqualTo(entities(store.results(), first));

      // no key moves: the added articles' mentions go after the stored ones, nothing else written
      late.forEach(store::save);
      List<ArticleResult> both = new ArrayList<>(early);
      both.addAll(late);
      saveEntities(store, first, ids(early));
      assertThat(store.records().entities()).isEqualTo(entities(both, first));
      assertThat(store.lastSave().inserted).isEqualTo(3L * late.size());
      assertThat(store.lastSave().deleted).isZero();

      // k0 and k1 swap entities, as many mentions each: both entities are written whole
      Map<String, String> swapped = Map.of("k0", "e2", "k1", "e1", "k2", "e2");
      saveEntities(store, swapped, ids(both));
      assertThat(store.records().entities()).isEqualTo(entities(both, swapped));

      // k3, never linked, joins e2 (its kept mentions are not those stored), and an article of a
      // run that died before its records is written though it was stored before this save
      store.save(died);
      both.add(died);
      Map<String, String> linked = Map.of("k0", "e2", "k1", "e1", "k2", "e2", "k3", "e2");
      saveEntities(store, linked, ids(both));
      assertThat(store.records().entities()).isEqualTo(entities(both, linked));

      // a newer version of an article replaces it in the middle of every list
      RawDocument at = versioned("m");
      assertThat(store.saveVersion(quoted(898), at)).isEmpty();
      store.save(quoted(897));
      saveEntities(store, linked, ids(both));
      assertThat(store.saveVersion(quoted(899), at)).isNotEmpty();
      saveEntities(store, linked, ids(store.results()));
      assertThat(store.records().entities()).isEqualTo(entities(store.results(), linked));

      // an added article whose mentions come first in the lists, as many as the stored ones
      ArticleResult front = quoted(896);
      store.save(front);
      List<ArticleResult> reordered = new ArrayList<>(store.results());
      reordered.remove(front);
      Set<String> stored = ids(reordered);
      reordered.add(0, front);
      saveEntities(store, reordered, linked, stored);
      assertThat(store.records().entities()).isEqualTo(entities(reordered, linked));

      // a save without the speakers compares every row; the next save with them writes all again
      List<ArticleResult> all = store.results();
      saveEntities(store, all, linked, null);
      saveEntities(store, linked, ids(all));
      assertThat(store.lastSave().inserted).isEqualTo(4L * all.size());
      assertThat(store.records().entities()).isEqualTo(entities(all, linked));
    }
  }

  /**
   * Saves as corpus records the entities of every stored article, linked by {@code entityOfKey}.
   */
  private static void saveEntities(
      RelationalStore store, Map<String, String> entityOfKey, Set<String> asStored) {
    saveEntities(store, store.results(), entityOfKey, asStored);
  }

  /**
   * Saves as corpus records the entities of {@code all}, in that order; without the speakers when
   * {@code asStored} is null.
   */
  private static void saveEntities(
      RelationalStore store,
      List<ArticleResult> all,
      Map<String, String> entityOfKey,
      Set<String> asStored) {
    saveCorpus(
        store,
        all,
        entities(all, entityOfKey),
        List.of(),
        asStored == null
            ? null
            : new dev.parallax.pipeline.QuoteSpeakers(entityOfKey, id -> List.of(), asStored));
  }

  /**
   * The entities of {@code results} in corpus order: each article names each of the keys {@code
   * k0..k3} once, in an order drawn from its id, and a key's mentions go to its entity.
   */
  private static List<dev.parallax.model.Entity> entities(
      List<ArticleResult> results, Map<String, String> entityOfKey) {
    Map<String, List<dev.parallax.model.Mention>> mentions = new java.util.TreeMap<>();
    for (int i = 0; i < results.size(); i++) {
      int first = Math.floorMod(results.get(i).record().id().hashCode(), 4);
      for (int j = 0; j < 4; j++) {
        String entity = entityOfKey.get("k" + (first + j) % 4);
        if (entity != null) {
          mentions
              .computeIfAbsent(entity, e -> new ArrayList<>())
              .add(
                  new dev.parallax.model.Mention(
                      results.get(i).record().id(), 10 * j, 10 * j + 4, "men" + j));
        }
      }
    }
    List<dev.parallax.model.Entity> out = new ArrayList<>();
    mentions.forEach(
        (id, ms) ->
            out.add(
                new dev.parallax.model.Entity(
                    id, id, dev.parallax.model.EntityType.PERSON, null, List.of(id), ms)));
    return out;
  }

  /** Saves as corpus records the articles of {@code all}, {@code entities} and {@code quotes}. */
  private static void saveCorpus(
      RelationalStore store,
      List<ArticleResult> all,
      List<dev.parallax.model.Entity> entities,
      List<dev.parallax.model.Quote> quotes,
      dev.parallax.pipeline.QuoteSpeakers speakers) {
    store.saveRecords(
        new ReportData(
            all.stream().map(r -> (Article) r.record()).toList(),
            entities,
            List.of(),
            quotes,
            List.of(),
            List.of(),
            List.of()),
        List.of(),
        id -> null,
        id -> null,
        speakers);
  }

  /** A raw document at {@code https://example.org/NAME}, whose versions a test saves. */
  private static RawDocument versioned(String name) {
    return RawDocument.of(
        "in/" + name + ".html",
        new byte[] {1},
        MediaType.HTML,
        null,
        new SourceMetadata("https://example.org/" + name, null, null, null, null));
  }

  /** Saves as corpus records the quotes of every stored article, linked by {@code entityOfKey}. */
  private static void saveQuotes(
      RelationalStore store,
      List<ArticleResult> added,
      Map<String, String> entityOfKey,
      Map<String, String> keyOf,
      Set<String> asStored) {
    List<ArticleResult> all = new ArrayList<>(store.results());
    List<dev.parallax.model.Quote> quotes = quotes(all, entityOfKey, keyOf);
    saveCorpus(
        store,
        all,
        List.of(),
        quotes,
        new dev.parallax.pipeline.QuoteSpeakers(
            entityOfKey,
            id ->
                quotes.stream()
                    .filter(q -> q.article().equals(id))
                    .map(
                        q ->
                            new dev.parallax.pipeline.QuoteSpeakers.KeyedQuote(
                                q, keyOf.get(q.id())))
                    .toList(),
            asStored));
    assertThat(all).containsAll(added);
  }

  /** The first article with quotes of the corpora drawn from {@code seed} on. */
  /**
   * The actor mentions' tallies a save by key keeps are those of every stored article in the order
   * stored, whether written whole or by the keys that changed; a save without the speakers, or a
   * newer version replacing an article they sum up, leaves none, so that the next run links from
   * every mention.
   */
  @Test
  void keyTalliesSumUpTheStoredArticlesUntilAnArticleTheyHoldIsReplaced() {
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      RecordGenerator generator = new RecordGenerator(41);
      List<ArticleResult> first = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        first.add(generator.result());
      }
      first.forEach(store::save);
      assertThat(store.keyTallies()).isNull();
      saveTallies(store, KeyTallies.of(actors(first)), null, first);
      assertThat(store.keyTallies().tallies().tallies())
          .isEqualTo(KeyTallies.of(actors(first)).tallies());
      assertThat(store.keyTallies().articles()).isEqualTo(4);
      assertThat(store.keyTallies().last()).isEqualTo(first.get(3).record().id());

      // by difference: only the keys the new articles name are written, the order kept
      List<ArticleResult> all = new ArrayList<>(first);
      List<ArticleResult> added = List.of(generator.result(), generator.result());
      added.forEach(store::save);
      all.addAll(added);
      KeyTallies grown =
          KeyTallies.of(store.keyTallies().tallies().tallies()).add(KeyTallies.of(actors(added)));
      saveTallies(store, grown, KeyTallies.of(actors(added)).keys(), all);
      assertThat(List.copyOf(store.keyTallies().tallies().tallies().entrySet()))
          .isEqualTo(List.copyOf(KeyTallies.of(actors(all)).tallies().entrySet()));
      assertThat(store.keyTallies().articles()).isEqualTo(6);

      // a save without the speakers keeps none
      store.saveRecords(records(List.of()), List.of(), id -> null, id -> null, null);
      assertThat(store.keyTallies()).isNull();

      // a newer version replacing an article they sum up: they no longer hold
      RawDocument at = versioned("tallied");
      ArticleResult older = quoted(511);
      ArticleResult newer = quoted(512);
      store.saveVersion(older, at);
      all.add(older);
      saveTallies(store, KeyTallies.of(actors(all)), null, all);
      assertThat(store.keyTallies().articles()).isEqualTo(7);
      assertThat(store.saveVersion(newer, at)).containsExactly(older.record().id());
      assertThat(store.keyTallies()).isNull();
    }
  }

  private static List<dev.parallax.actors.ArticleActors> actors(List<ArticleResult> results) {
    return results.stream().map(ArticleResult::actors).toList();
  }

  /** Keeps {@code tallies} and saves empty corpus records by key over {@code stored}. */
  private static void saveTallies(
      RelationalStore store,
      KeyTallies tallies,
      Set<dev.parallax.actors.ActorKey> changed,
      List<ArticleResult> stored) {
    store.keepKeyTallies(tallies, changed);
    store.saveRecords(
        records(List.of()),
        List.of(),
        id -> null,
        id -> null,
        new dev.parallax.pipeline.QuoteSpeakers(Map.of(), id -> List.of(), ids(stored)));
  }

  private static ArticleResult quoted(int seed) {
    for (int n = seed; ; n += 1000) {
      for (ArticleResult r : new RecordGenerator(n).corpus().results()) {
        if (!r.quotes().isEmpty()) {
          return r;
        }
      }
    }
  }

  private static ReportData records(List<dev.parallax.model.Quote> quotes) {
    return new ReportData(List.of(), List.of(), List.of(), quotes, List.of(), List.of(), List.of());
  }

  /** The quotes of {@code results}, each speaker's entity that of its key. */
  private static List<dev.parallax.model.Quote> quotes(
      List<ArticleResult> results, Map<String, String> entityOfKey, Map<String, String> keyOf) {
    List<dev.parallax.model.Quote> out = new ArrayList<>();
    for (ArticleResult r : results) {
      for (var x : r.quotes()) {
        var q = x.quote();
        String key = keyOf.get(q.id());
        out.add(
            q.withSpeaker(
                new dev.parallax.model.Speaker(
                    key == null ? null : entityOfKey.get(key), q.speaker().name())));
      }
    }
    return out;
  }

  private static Set<String> ids(List<ArticleResult> results) {
    Set<String> out = new java.util.HashSet<>();
    results.forEach(r -> out.add(r.record().id()));
    return out;
  }

  /**
   * Each outlet's sums, kept by difference as saves change a few coverage rows at a time (rows
   * changed, gone and new; sides and loaded labels that differ within a group, so that a group's
   * maximum goes with the rows holding it), equal those a fresh store sums from the same rows.
   */
  @Test
  void outletSumsKeptByDifferenceEqualThoseSummedWhole() {
    java.util.Random random = new java.util.Random(17);
    List<ArticleResult> results = new RecordGenerator(61).corpus().results();
    List<Article> articles = results.stream().map(r -> (Article) r.record()).toList();
    List<Coverage> rows = new ArrayList<>();
    int[] stories = {0};
    java.util.function.Supplier<Coverage> row =
        () -> sumsRow(random, "s" + stories[0]++ % 9, articles.get(0).id());
    for (int i = 0; i < 14; i++) {
      rows.add(row.get());
    }
    try (RelationalStore grown = RelationalStore.open(freshStore())) {
      results.forEach(grown::save);
      for (int round = 0; round < 6; round++) {
        if (round > 0) {
          rows.set(random.nextInt(rows.size()), row.get());
          rows.set(random.nextInt(rows.size()), row.get());
          rows.remove(random.nextInt(rows.size()));
          rows.add(row.get());
        }
        List<Coverage> distinct = distinctRows(rows);
        ReportData records =
            new ReportData(
                articles, List.of(), List.of(), List.of(), List.of(), distinct, List.of());
        grown.saveRecords(records, List.of(), id -> null);
        try (RelationalStore fresh = RelationalStore.open(freshStore())) {
          results.forEach(fresh::save);
          fresh.saveRecords(records, List.of(), id -> null);
          for (String outlet : List.of("A", "B", "C")) {
            assertThat(grown.outletSums(outlet, 1000))
                .as("round %d, outlet %s", round, outlet)
                .isEqualTo(fresh.outletSums(outlet, 1000));
          }
        }
      }
      assertThat(grown.outletSums("A", 1000).labels()).isNotEmpty();
    }
  }

  /** One coverage row per story and outlet: the last of each pair. */
  private static List<Coverage> distinctRows(List<Coverage> rows) {
    Map<List<String>, Coverage> out = new java.util.LinkedHashMap<>();
    rows.forEach(c -> out.put(java.util.Arrays.asList(c.story(), c.outlet()), c));
    return List.copyOf(out.values());
  }

  /** A coverage row of few outlets, entities, sides and labels, so that groups recur. */
  private static Coverage sumsRow(java.util.Random random, String story, String article) {
    List<String> entities = java.util.Arrays.asList("e1", "e2", "e3", null);
    List<String> sides = java.util.Arrays.asList("RUS", "UKR", null);
    List<Coverage.Voice> voices = new ArrayList<>();
    List<Coverage.Label> labels = new ArrayList<>();
    List<Coverage.Tone> tone = new ArrayList<>();
    for (String entity : entities) {
      if (random.nextBoolean()) {
        voices.add(
            new Coverage.Voice(
                entity, random.nextInt(4), sides.get(random.nextInt(3)), random.nextInt(2)));
      }
      if (random.nextBoolean()) {
        String label = List.of("regime", "leaders", "side").get(random.nextInt(3));
        labels.add(
            new Coverage.Label(
                entity,
                label,
                1 + random.nextInt(3),
                random.nextBoolean(),
                List.of(),
                null,
                false));
      }
      if (random.nextBoolean()) {
        tone.add(new Coverage.Tone(entity, random.nextInt(9) / 4.0 - 1));
      }
    }
    return new Coverage(
        story,
        List.of("A", "B", "C").get(random.nextInt(3)),
        List.of(article),
        labels,
        voices,
        List.of(),
        List.of(),
        tone,
        null);
  }

  /** The stored fused events' ids, which the next run's fusion keeps, are those last saved. */
  @Test
  void theStoredEventIdsAreThoseOfTheLastSave() {
    RecordGenerator.Corpus first = new RecordGenerator(101).corpus();
    RecordGenerator.Corpus second = new RecordGenerator(202).corpus();
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      assertThat(store.eventIds()).isEmpty();
      first.results().forEach(store::save);
      second.results().forEach(store::save);
      store.saveRecords(first.records(), first.outlets(), first.outletIdOf());
      assertThat(eventIds(first)).isNotEmpty().isNotEqualTo(eventIds(second));
      assertThat(store.eventIds()).isEqualTo(eventIds(first));
      store.saveRecords(second.records(), second.outlets(), second.outletIdOf());
      assertThat(store.eventIds()).isEqualTo(eventIds(second));
    }
  }

  private static Set<String> eventIds(RecordGenerator.Corpus corpus) {
    return corpus.records().events().stream()
        .map(dev.parallax.model.Event::id)
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void theCorpusRecordsAreReplacedAsAWhole() {
    RecordGenerator.Corpus first = new RecordGenerator(101).corpus();
    RecordGenerator.Corpus second = new RecordGenerator(202).corpus();
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      first.results().forEach(store::save);
      second.results().forEach(store::save);
      store.saveRecords(first.records(), first.outlets(), first.outletIdOf());
      store.saveRecords(second.records(), second.outlets(), second.outletIdOf());
      var read = store.records();
      assertThat(read.entities()).isEqualTo(second.records().entities());
      assertThat(read.events()).isEqualTo(second.records().events());
      assertThat(read.quotes()).isEqualTo(second.records().quotes());
      assertThat(read.stories()).isEqualTo(second.records().stories());
      assertThat(read.coverage()).isEqualTo(second.records().coverage());
      assertThat(read.conflicts()).isEqualTo(second.records().conflicts());
      // a date inferred by the first set only is gone; the second set's inferred dates stand
      Map<String, Article> dated = new HashMap<>();
      second.records().articles().forEach(a -> dated.put(a.id(), a));
      List<Article> expected = new ArrayList<>();
      for (ArticleResult r : first.results()) {
        expected.add((Article) r.record());
      }
      second.results().forEach(r -> expected.add(dated.get(r.record().id())));
      assertThat(read.articles()).isEqualTo(expected);
    }
  }

  /**
   * A save writes only the rows that differ from the stored ones (issue 17): saving the same
   * records again writes none; a changed set (an entity's mention added, a quote's speaker renamed,
   * a conflict gone, the coverage rows of a story in reverse order) writes about what changed,
   * reads back as that set whole and in order, and each coverage row keeps its id; no other story's
   * conflict moves.
   */
  @Test
  void aSaveWritesOnlyTheRowsThatChanged() throws SQLException {
    RecordGenerator.Corpus corpus = corpusToChange();
    // the coverage rows of one story, each conflict of a story of its own
    List<Conflict> own = new ArrayList<>();
    for (Conflict c : corpus.records().conflicts()) {
      own.add(new Conflict(c.id(), "s-of-" + c.id(), c.about(), c.claims(), c.summary()));
    }
    List<String> storyIds = new ArrayList<>(List.of("s-one"));
    own.forEach(c -> storyIds.add(c.story()));
    ReportData first =
        withStories(
            withConflicts(
                withCoverage(
                    corpus.records(),
                    corpus.records().coverage().stream().map(c -> inStory(c, "s-one")).toList()),
                own),
            storyIds.stream().map(StoreContract::story).toList());
    StoreLocation location = freshStore();
    try (RelationalStore store = RelationalStore.open(location)) {
      corpus.results().forEach(store::save);
      store.saveRecords(first, corpus.outlets(), corpus.outletIdOf());
      store.saveRecords(first, corpus.outlets(), corpus.outletIdOf());
      assertThat(store.lastSave().inserted + store.lastSave().updated + store.lastSave().deleted)
          .as("nothing written when nothing changed")
          .isZero();

      String idBefore = queryOne(location, "SELECT id FROM coverage ORDER BY position LIMIT 1");
      dev.parallax.model.Entity e = first.entities().get(0);
      List<dev.parallax.model.Entity> entities =
          new ArrayList<>(withAMentionMore(first, 0).entities());
      // another entity's first mention retyped: its stored list is not the start of the new one
      dev.parallax.model.Entity f = entities.get(1);
      List<dev.parallax.model.Mention> retyped = new ArrayList<>(f.mentions());
      dev.parallax.model.Mention g = retyped.get(0);
      String text = "#".repeat(g.text().length());
      retyped.set(0, new dev.parallax.model.Mention(g.article(), g.start(), g.end(), text));
      entities.set(
          1,
          new dev.parallax.model.Entity(
              f.id(), f.name(), f.type(), f.actor(), f.aliases(), retyped));
      List<dev.parallax.model.Quote> quotes = new ArrayList<>(first.quotes());
      dev.parallax.model.Quote q = quotes.get(0);
      quotes.set(
          0,
          q.withSpeaker(new dev.parallax.model.Speaker(q.speaker().entity(), "a speaker renamed")));
      List<Coverage> coverage = new ArrayList<>(first.coverage());
      java.util.Collections.reverse(coverage);
      ReportData second =
          new ReportData(
              first.articles(),
              entities,
              first.events(),
              quotes,
              first.stories(),
              coverage,
              first.conflicts().subList(1, first.conflicts().size()));
      assertThat(first.stories()).hasSizeGreaterThan(1);
      store.saveRecords(second, corpus.outlets(), corpus.outletIdOf());
      RowSync.Count written = store.lastSave();
      assertThat(written.inserted).as("the entity's new mention").isEqualTo(1);
      assertThat(written.deleted)
          .as("the conflict and its claims")
          .isEqualTo(1 + first.conflicts().get(0).claims().size());
      int n = coverage.size();
      assertThat(written.updated)
          .as(
              "the two entities' rows (their digests), the retyped mention, the quote, the coverage"
                  + " rows that moved")
          .isEqualTo(2 + 1 + 1 + (n - n % 2));
      assertThat(written.unread)
          .as(
              "the first entity's stored mentions and aliases and the second's aliases, each the"
                  + " start of its new list")
          .isEqualTo(e.mentions().size() + e.aliases().size() + f.aliases().size());
      assertThat(store.records()).isEqualTo(second);
      assertThat(list(store.records("coverage.jsonl", 2))).isEqualTo(coverage);
      assertThat(queryOne(location, "SELECT id FROM coverage ORDER BY position DESC LIMIT 1"))
          .as("the first coverage row, now the last, keeps its id")
          .isEqualTo(idBefore);
    }
  }

  /**
   * A record without list signatures (null as migrated from schema 12, or unreadable) has its
   * stored lists read and compared; the save writes its signatures, so the next save that appends
   * to its lists leaves the stored rows unread.
   */
  @Test
  void aRecordWithoutListSignaturesHasItsListsReadAndCompared() throws SQLException {
    RecordGenerator.Corpus corpus = corpusToChange();
    ReportData first = corpus.records();
    StoreLocation location = savedOnce(corpus);
    String[] ids = {first.entities().get(0).id(), first.entities().get(1).id()};
    execute(location, "UPDATE entities SET lists = NULL WHERE id = '" + ids[0] + "'");
    execute(location, "UPDATE entities SET lists = 'not a signature' WHERE id = '" + ids[1] + "'");
    ReportData second = withAMentionMore(withAMentionMore(first, 0), 1);
    ReportData third = withAMentionMore(withAMentionMore(second, 0), 1);
    try (RelationalStore store = RelationalStore.open(location)) {
      store.saveRecords(second, corpus.outlets(), corpus.outletIdOf());
      assertThat(store.lastSave().unread).as("no signature to trust").isZero();
      assertThat(store.lastSave().inserted).as("the two new mentions").isEqualTo(2);
      assertThat(store.records()).isEqualTo(second);

      store.saveRecords(third, corpus.outlets(), corpus.outletIdOf());
      long stored = 0;
      for (int i = 0; i < 2; i++) {
        dev.parallax.model.Entity e = second.entities().get(i);
        stored += e.mentions().size() + e.aliases().size();
      }
      assertThat(store.lastSave().unread)
          .as("the signatures written by the save before")
          .isEqualTo(stored);
      assertThat(store.lastSave().inserted).isEqualTo(2);
      assertThat(store.records()).isEqualTo(third);
    }
  }

  /**
   * A record whose stored digest is of another form (a store saved before {@code RecordDigest} held
   * the hash of each record's JSON line) is found changed once: its row is written again, its lists
   * are left as they were (their signatures hold), and the next save writes nothing.
   */
  @Test
  void aRecordDigestOfAnEarlierFormIsWrittenOnceThenLeft() throws SQLException {
    RecordGenerator.Corpus corpus = corpusToChange();
    ReportData records = corpus.records();
    StoreLocation location = savedOnce(corpus);
    execute(location, "UPDATE entities SET digest = 'd' || substr(digest, 2)");
    try (RelationalStore store = RelationalStore.open(location)) {
      store.saveRecords(records, corpus.outlets(), corpus.outletIdOf());
      assertThat(store.lastSave().updated).isEqualTo(records.entities().size());
      assertThat(store.lastSave().inserted + store.lastSave().deleted).isZero();
      assertThat(store.records()).isEqualTo(records);
      store.saveRecords(records, corpus.outlets(), corpus.outletIdOf());
      assertThat(store.lastSave().inserted + store.lastSave().updated + store.lastSave().deleted)
          .isZero();
    }
  }

  /** A fresh store holding {@code corpus}'s results and records, saved once and closed. */
  private StoreLocation savedOnce(RecordGenerator.Corpus corpus) {
    StoreLocation location = freshStore();
    try (RelationalStore store = RelationalStore.open(location)) {
      corpus.results().forEach(store::save);
      store.saveRecords(corpus.records(), corpus.outlets(), corpus.outletIdOf());
    }
    return location;
  }

  /**
   * The first generated corpus (seeds from 41) with a few of each record the save tests change:
   * coverage rows, conflicts, quotes and two entities with mentions.
   */
  private static RecordGenerator.Corpus corpusToChange() {
    for (long seed = 41; ; seed++) {
      RecordGenerator.Corpus c = new RecordGenerator(seed).corpus();
      ReportData r = c.records();
      if (r.coverage().size() > 2
          && r.conflicts().size() > 1
          && !r.quotes().isEmpty()
          && r.entities().size() > 1
          && !r.entities().get(0).mentions().isEmpty()
          && !r.entities().get(1).mentions().isEmpty()) {
        return c;
      }
    }
  }

  /** {@code records} with a mention appended to entity {@code i}, one character on. */
  private static ReportData withAMentionMore(ReportData records, int i) {
    List<dev.parallax.model.Entity> entities = new ArrayList<>(records.entities());
    dev.parallax.model.Entity e = entities.get(i);
    List<dev.parallax.model.Mention> mentions = new ArrayList<>(e.mentions());
    dev.parallax.model.Mention last = mentions.get(mentions.size() - 1);
    mentions.add(
        new dev.parallax.model.Mention(
            last.article(), last.start() + 1, last.end() + 1, last.text()));
    entities.set(
        i,
        new dev.parallax.model.Entity(
            e.id(), e.name(), e.type(), e.actor(), e.aliases(), mentions));
    return new ReportData(
        records.articles(),
        entities,
        records.events(),
        records.quotes(),
        records.stories(),
        records.coverage(),
        records.conflicts());
  }

  @Test
  void theRecordsStreamInOutputOrderAChunkAtATime() {
    RecordGenerator.Corpus corpus = new RecordGenerator(11).corpus();
    ReportData records = corpus.records();
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      corpus.results().forEach(store::save);
      Function<String, String> eventOf = id -> "event-of-" + id;
      store.saveRecords(records, corpus.outlets(), corpus.outletIdOf(), eventOf);
      assertThat(records.articles()).anyMatch(a -> a.publishedFrom() == DateSource.INFERRED);

      for (int chunk : new int[] {1, 2, 1000}) {
        assertThat(list(store.records("entities.jsonl", chunk))).isEqualTo(records.entities());
        assertThat(list(store.records("events.jsonl", chunk))).isEqualTo(records.events());
        assertThat(list(store.records("quotes.jsonl", chunk))).isEqualTo(records.quotes());
        assertThat(list(store.records("stories.jsonl", chunk))).isEqualTo(records.stories());
        assertThat(list(store.records("coverage.jsonl", chunk))).isEqualTo(records.coverage());
        assertThat(list(store.records("conflicts.jsonl", chunk))).isEqualTo(records.conflicts());
        assertThat(list(store.records("outlets.jsonl", chunk))).isEqualTo(corpus.outlets());
        List<Object> lines = list(store.records("articles.jsonl", chunk));
        assertThat(lines).hasSize(records.articles().size());
        for (int i = 0; i < lines.size(); i++) {
          var line = (dev.parallax.pipeline.RecordFiles.ArticleLine) lines.get(i);
          Article a = records.articles().get(i);
          String outletId = corpus.outletIdOf().apply(a.id());
          assertThat(line.outletId()).isEqualTo(outletId);
          assertThat(line.publishedEvent())
              .as("the event of an inferred date, kept beside it")
              .isEqualTo(a.publishedFrom() == DateSource.INFERRED ? eventOf.apply(a.id()) : null);
          assertThat(line.article()).isEqualTo(a); // the generator names outlets canonically
        }
      }
    }
  }

  private static List<Object> list(Iterable<?> records) {
    List<Object> out = new ArrayList<>();
    records.forEach(out::add);
    return out;
  }

  /** The indexed queries answer what filtering all the records would. */
  @Test
  void aStoryAndAnActorsEventsAreWhatTheRecordsHold() {
    RecordGenerator.Corpus corpus = new RecordGenerator(7).corpus();
    ReportData records = corpus.records();
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      corpus.results().forEach(store::save);
      store.saveRecords(records, corpus.outlets(), corpus.outletIdOf());

      assertThat(records.stories()).isNotEmpty();
      for (Story story : records.stories()) {
        RelationalStore.StoryRecords page = store.story(story.id()).orElseThrow();
        assertThat(page.story()).isEqualTo(story);
        assertThat(page.events())
            .isEqualTo(
                records.events().stream().filter(e -> story.id().equals(e.story())).toList());
        assertThat(page.coverage())
            .isEqualTo(
                records.coverage().stream().filter(c -> c.story().equals(story.id())).toList());
        assertThat(page.conflicts())
            .isEqualTo(
                records.conflicts().stream().filter(c -> story.id().equals(c.story())).toList());
      }
      assertThat(store.story("s-no-such-story'; DROP TABLE events; --")).isEmpty();
      int found = 0;
      for (Event event : records.events()) {
        String code = event.source().actor();
        if (code == null || code.length() < 3) {
          continue;
        }
        String prefix = code.substring(0, 3);
        List<Event> expected =
            records.events().stream().filter(e -> startsWith(e, prefix)).toList();
        assertThat(store.eventsOfActor(prefix)).as(prefix).isEqualTo(expected);
        found++;
      }
      assertThat(found).isPositive();
      assertThat(store.records().events()).isEqualTo(records.events());

      // the first page of an actor's events: the newest, undated last, in output order
      String code =
          records.events().stream()
              .map(e -> e.source().actor())
              .filter(a -> a != null)
              .findFirst()
              .orElseThrow();
      List<Event> all = records.events().stream().filter(e -> startsWith(e, code)).toList();
      List<String> newest =
          all.stream()
              .sorted(
                  java.util.Comparator.comparing(
                          (Event e) -> e.date() == null ? "" : e.date().toString())
                      .reversed()
                      .thenComparing(Event::id, java.util.Comparator.reverseOrder()))
              .limit(2)
              .map(Event::id)
              .toList();
      assertThat(store.eventsOfActor(code, 2))
          .isEqualTo(all.stream().filter(e -> newest.contains(e.id())).toList());

      // an actor pair's monthly series counts what the events hold
      int series = 0;
      for (Event e : records.events()) {
        String src = e.source().actor();
        String tgt = e.target().actor();
        if (src == null || tgt == null) {
          continue;
        }
        Map<String, Integer> expected = new java.util.TreeMap<>();
        records.events().stream()
            .filter(x -> src.equals(x.source().actor()) && tgt.equals(x.target().actor()))
            .filter(x -> x.date() != null && x.date().precision() != PartialDate.Precision.YEAR)
            .forEach(
                x ->
                    expected.merge(
                        String.format("%04d-%02d", x.date().year(), x.date().month()),
                        1,
                        Integer::sum));
        assertThat(store.actorPairSeries(src, tgt))
            .as(src + "→" + tgt)
            .containsExactlyEntriesOf(expected);
      }

      // an outlet's coverage rows
      for (var row : records.coverage()) {
        if (row.outlet() != null) {
          assertThat(store.coverageOfOutlet(row.outlet()))
              .isEqualTo(
                  records.coverage().stream()
                      .filter(c -> row.outlet().equals(c.outlet()))
                      .toList());
        }
      }
      // the first page of an outlet's coverage: the rows of its latest stories
      int pages = 0;
      for (var row : records.coverage()) {
        if (row.outlet() == null) {
          continue;
        }
        pages++;
        Map<String, Story> stories = new HashMap<>();
        records.stories().forEach(x -> stories.put(x.id(), x));
        List<Coverage> rows =
            records.coverage().stream().filter(c -> row.outlet().equals(c.outlet())).toList();
        List<Coverage> latest =
            java.util.stream.IntStream.range(0, rows.size())
                .boxed()
                .sorted(
                    java.util.Comparator.comparing(
                            (Integer i) -> last(stories.get(rows.get(i).story())) == null)
                        .thenComparing(
                            i -> last(stories.get(rows.get(i).story())),
                            java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                        .thenComparing(i -> records.coverage().indexOf(rows.get(i))))
                .limit(1)
                .map(rows::get)
                .toList();
        assertThat(store.coverageOfOutlet(row.outlet(), 1)).isEqualTo(latest);
      }
      assertThat(pages).isPositive();
      assertThat(store.bytes()).isPositive();
    }
  }

  /** Stories, outlets, groups, languages and events to filter: {@link #theStoriesListPages}. */
  private record StoryWorld(
      List<ArticleResult> results, ReportData records, List<dev.parallax.model.Outlet> outlets) {}

  private static StoryWorld storyWorld(long seed, boolean groups) {
    java.util.Random r = new java.util.Random(seed);
    List<String> names = List.of("North Post", "South Wire", "East Herald", "West Daily");
    List<dev.parallax.model.Outlet> outlets = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      // the last outlet has no group and no country: a story it carries is never a blindspot
      boolean none = i == names.size() - 1;
      outlets.add(
          new dev.parallax.model.Outlet(
              "o00000000000000" + i,
              names.get(i),
              List.of(),
              List.of(),
              none ? null : (i % 2 == 0 ? "RUS" : "UKR"),
              none || !groups ? null : (i < 2 ? "left" : "right"),
              1));
    }
    List<String> dates =
        java.util.Arrays.asList(
            "2021", "2021-10", "2021-10-05", "2021-10-20", "2022-01-01", "2020-12", null);
    List<ArticleResult> results = new ArrayList<>();
    List<Article> articles = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    Map<String, String> outletOf = new HashMap<>();
    for (int s = 0; s < 14; s++) {
      String story = String.format("s%016x", s * 7919L % 97);
      List<String> members = new ArrayList<>();
      java.util.Set<String> carriers = new java.util.LinkedHashSet<>();
      for (int a = 0; a <= r.nextInt(3); a++) {
        String id = String.format("a%016x", articles.size());
        String outlet = r.nextInt(6) == 0 ? "Unlisted Times" : names.get(r.nextInt(names.size()));
        Article article =
            new Article(
                id,
                "in/" + id + ".txt",
                outlet,
                "t",
                null,
                null,
                List.of("en", "ru", "ro").get(r.nextInt(3)),
                "Body of " + id + ".",
                List.of());
        articles.add(article);
        results.add(
            new ArticleResult(
                article,
                new dev.parallax.actors.ArticleActors(id, List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
        members.add(id);
        carriers.add(outlet);
        outlets.stream()
            .filter(o -> o.name().equals(outlet))
            .findFirst()
            .ifPresent(o -> outletOf.put(id, o.id()));
      }
      List<String> eventIds = new ArrayList<>();
      for (int e = 0; e < r.nextInt(3); e++) {
        String id = String.format("e%016x", events.size());
        eventIds.add(id);
        int quad = 1 + r.nextInt(4);
        events.add(
            new Event(
                id,
                story,
                null,
                new dev.parallax.model.ActorRef(
                    null, List.of("RUS", "RUSGOV", "UKR").get(r.nextInt(3))),
                new dev.parallax.model.ActorRef(null, r.nextBoolean() ? null : "MDAGOV"),
                List.of("010", "0841", "1246", "190", "193").get(r.nextInt(5)),
                -1.0,
                quad,
                null,
                List.of(),
                1,
                1));
      }
      String last = dates.get(r.nextInt(dates.size()));
      String first = last == null ? null : dates.get(r.nextInt(dates.size() - 1));
      stories.add(
          new Story(
              story,
              "Story " + s,
              members,
              List.copyOf(carriers),
              first == null ? null : PartialDate.parse(first),
              last == null ? null : PartialDate.parse(last),
              eventIds));
    }
    return new StoryWorld(
        results,
        new ReportData(articles, List.of(), events, List.of(), stories, List.of(), List.of()),
        outlets);
  }

  /**
   * Ids of merged or renamed corpus records redirect to where their mentions went (issue #17 item
   * 2): a survivor keeps its id, the other redirects; a chain collapses; an id carried again stops
   * redirecting; a record gone without a successor leaves no redirect.
   */
  @Test
  void retiredEntityAndEventIdsRedirectToTheRecordsHoldingTheirMentions() {
    dev.parallax.model.Mention a1 = new dev.parallax.model.Mention("a1", 0, 5, "Kurti");
    dev.parallax.model.Mention a2 = new dev.parallax.model.Mention("a2", 10, 21, "Albin Kurti");
    dev.parallax.model.Mention b1 = new dev.parallax.model.Mention("a3", 4, 9, "Kurti");
    dev.parallax.model.EventMention m1 =
        new dev.parallax.model.EventMention("a1", 0, 27, "Kosovo expelled a diplomat.", "expelled");
    dev.parallax.model.EventMention m0 =
        new dev.parallax.model.EventMention("a0", 0, 27, "Kosovo expelled a diplomat.", "expelled");
    try (RelationalStore store = RelationalStore.open(freshStore())) {
      store.saveRecords(
          redirectWorld(
              List.of(person("eA", a1, a2), person("eB", b1), person("eC", a1)),
              List.of(event("v1", m1))),
          List.of(),
          id -> null);
      assertThat(store.redirects()).isEmpty();
      // eB's mention joins eA (the survivor keeps its id); eC went with no mention left anywhere
      // else but a1, now eA's; a report published earlier (m0) gives the event another id
      store.saveRecords(
          redirectWorld(List.of(person("eA", a1, a2, b1)), List.of(event("v0", m0, m1))),
          List.of(),
          id -> null);
      assertThat(store.redirects())
          .containsExactly(
              new dev.parallax.model.IdRedirect("eB", "eA", "entity"),
              new dev.parallax.model.IdRedirect("eC", "eA", "entity"),
              new dev.parallax.model.IdRedirect("v1", "v0", "event"));
      assertThat(store.entityMovedTo("eB")).contains("eA");
      assertThat(store.eventMovedTo("v1")).contains("v0");
      assertThat(store.event("v0")).map(Event::mentions).contains(List.of(m0, m1));
      // eA becomes eD: the chain collapses onto eD; eB is carried again: it stops redirecting
      store.saveRecords(
          redirectWorld(
              List.of(person("eD", a1, a2), person("eB", b1)), List.of(event("v0", m0, m1))),
          List.of(),
          id -> null);
      assertThat(store.redirects())
          .containsExactly(
              new dev.parallax.model.IdRedirect("eA", "eD", "entity"),
              new dev.parallax.model.IdRedirect("eC", "eD", "entity"),
              new dev.parallax.model.IdRedirect("v1", "v0", "event"));
      // the event's reports are all gone (their article replaced): it and what led to it go
      store.saveRecords(
          redirectWorld(List.of(person("eD", a1, a2), person("eB", b1)), List.of()),
          List.of(),
          id -> null);
      assertThat(store.redirects())
          .containsExactly(
              new dev.parallax.model.IdRedirect("eA", "eD", "entity"),
              new dev.parallax.model.IdRedirect("eC", "eD", "entity"));
      assertThat(store.eventMovedTo("v1")).isEmpty();
    }
  }

  private static ReportData redirectWorld(
      List<dev.parallax.model.Entity> entities, List<Event> events) {
    return new ReportData(List.of(), entities, events, List.of(), List.of(), List.of(), List.of());
  }

  private static dev.parallax.model.Entity person(
      String id, dev.parallax.model.Mention... mentions) {
    return new dev.parallax.model.Entity(
        id,
        "Albin Kurti",
        dev.parallax.model.EntityType.PERSON,
        "KSVGOV",
        List.of("Kurti"),
        List.of(mentions));
  }

  private static Event event(String id, dev.parallax.model.EventMention... mentions) {
    return new Event(
        id,
        null,
        PartialDate.parse("2021-10-22"),
        new dev.parallax.model.ActorRef(null, "KSVGOV"),
        new dev.parallax.model.ActorRef(null, "RUSGOV"),
        "174",
        -5.0,
        4,
        null,
        List.of(mentions),
        mentions.length,
        1);
  }

  /** The stories list answers what filtering all the records would, a page at a time. */
  @Test
  void theStoriesListPagesNewestFirstAndFiltersAsTheRecordsSay() {
    int checked = 0;
    for (long seed = 1; seed <= 6; seed++) {
      boolean groups = seed % 2 == 0;
      StoryWorld world = storyWorld(seed, groups);
      try (RelationalStore store = RelationalStore.open(freshStore())) {
        world.results().forEach(store::save);
        Map<String, String> outletOf = new HashMap<>();
        for (Article a : world.records().articles()) {
          world.outlets().stream()
              .filter(o -> o.name().equals(a.outlet()))
              .forEach(o -> outletOf.put(a.id(), o.id()));
        }
        store.saveRecords(world.records(), world.outlets(), outletOf::get);
        assertThat(store.groupsDefined()).isEqualTo(groups);
        Map<String, String> groupOf = new HashMap<>();
        world.outlets().forEach(o -> groupOf.put(o.name(), groups ? o.group() : o.country()));
        List<ReaderQueries.StoryFilter> filters =
            List.of(
                filter(null, null, null, null, null, null, null, null, null, false),
                filter("2021-10", null, null, null, null, null, null, null, null, false),
                filter("2021-10-10", "2021-12", null, null, null, null, null, null, null, false),
                filter(null, "2021", null, null, null, null, null, null, null, false),
                filter(null, null, "South Wire", null, null, null, null, null, null, false),
                filter(null, null, null, "North Post", null, null, null, null, null, false),
                filter(null, null, null, null, "RUS", null, null, null, null, false),
                filter(null, null, null, null, "MDAGOV", null, null, null, null, false),
                filter(
                    null, null, null, null, null, groups ? "left" : "RUS", null, null, null, false),
                filter(null, null, null, null, null, null, "ru", null, null, false),
                filter(null, null, null, null, null, null, null, "19", null, false),
                filter(null, null, null, null, null, null, null, null, 4, false),
                filter(null, null, null, null, null, null, null, null, null, true),
                filter("2021", null, null, null, "UKR", null, "en", "12", null, false));
        for (ReaderQueries.StoryFilter f : filters) {
          List<String> expected = expectedStories(world, f, groupOf);
          for (int limit : new int[] {1, 3, 100}) {
            List<String> got = new ArrayList<>();
            String cursor = null;
            do {
              ReaderQueries.StoryPage page = store.stories(f, cursor, limit);
              assertThat(page.rows().size()).isLessThanOrEqualTo(limit);
              for (ReaderQueries.StoryRow row : page.rows()) {
                got.add(row.story().id());
                java.util.TreeSet<String> g = new java.util.TreeSet<>();
                boolean all = true;
                for (String o : row.story().outlets()) {
                  String x = groupOf.get(o);
                  if (x == null) {
                    all = false;
                  } else {
                    g.add(x);
                  }
                }
                assertThat(row.groups()).isEqualTo(List.copyOf(g));
                assertThat(row.blindspot()).isEqualTo(all && g.size() == 1);
              }
              cursor = page.next();
            } while (cursor != null);
            assertThat(got).as("seed %d, %s, limit %d", seed, f, limit).isEqualTo(expected);
            checked += expected.size();
          }
        }
        assertThatThrownBy(() -> store.stories(filters.get(0), "s-no-such-story", 5))
            .isInstanceOf(IllegalArgumentException.class);
      }
    }
    assertThat(checked).isPositive();
  }

  private static ReaderQueries.StoryFilter filter(
      String from,
      String to,
      String outlet,
      String without,
      String actor,
      String group,
      String language,
      String cameo,
      Integer quad,
      boolean blindspot) {
    return new ReaderQueries.StoryFilter(
        from, to, outlet, without, actor, group, language, cameo, quad, blindspot);
  }

  /** The stories list filtered and sorted in memory: newest last date first, undated last. */
  private static List<String> expectedStories(
      StoryWorld world, ReaderQueries.StoryFilter f, Map<String, String> groupOf) {
    Map<String, String> language = new HashMap<>();
    world.records().articles().forEach(a -> language.put(a.id(), a.language()));
    return world.records().stories().stream()
        .filter(
            s -> {
              String last = s.last() == null ? null : s.last().toString();
              String first = s.first() == null ? null : s.first().toString();
              if (f.from() != null) {
                int n = Math.min(f.from().length(), last == null ? 0 : last.length());
                if (last == null || last.substring(0, n).compareTo(f.from().substring(0, n)) < 0) {
                  return false;
                }
              }
              if (f.to() != null) {
                int n = Math.min(f.to().length(), first == null ? 0 : first.length());
                if (first == null || first.substring(0, n).compareTo(f.to().substring(0, n)) > 0) {
                  return false;
                }
              }
              if (f.outlet() != null && !s.outlets().contains(f.outlet())) {
                return false;
              }
              if (f.without() != null && s.outlets().contains(f.without())) {
                return false;
              }
              List<Event> events =
                  world.records().events().stream().filter(e -> s.id().equals(e.story())).toList();
              if (f.actor() != null
                  && events.stream()
                      .noneMatch(
                          e ->
                              (e.source().actor() != null
                                      && e.source().actor().startsWith(f.actor()))
                                  || (e.target().actor() != null
                                      && e.target().actor().startsWith(f.actor())))) {
                return false;
              }
              if (f.cameoRoot() != null
                  && events.stream().noneMatch(e -> e.cameo().startsWith(f.cameoRoot()))) {
                return false;
              }
              if (f.quadClass() != null
                  && events.stream().noneMatch(e -> e.quadClass() == f.quadClass())) {
                return false;
              }
              if (f.language() != null
                  && s.articles().stream().noneMatch(a -> f.language().equals(language.get(a)))) {
                return false;
              }
              java.util.Set<String> groups = new java.util.HashSet<>();
              boolean all = true;
              for (String o : s.outlets()) {
                String g = groupOf.get(o);
                if (g == null) {
                  all = false;
                } else {
                  groups.add(g);
                }
              }
              if (f.group() != null && !groups.contains(f.group())) {
                return false;
              }
              return !f.blindspot() || (all && groups.size() == 1);
            })
        .sorted(
            java.util.Comparator.comparing((Story s) -> s.last() == null)
                .thenComparing(
                    Story::last,
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(Story::id))
        .map(Story::id)
        .toList();
  }

  private static String last(Story story) {
    return story == null || story.last() == null ? null : story.last().toString();
  }

  private static boolean startsWith(Event e, String prefix) {
    return (e.source().actor() != null && e.source().actor().startsWith(prefix))
        || (e.target().actor() != null && e.target().actor().startsWith(prefix));
  }

  @Test
  void eachSaveIsAChangeInOrderAndTheSearchIndexCatchesUpFromTheChangesAfterItsLast(
      @TempDir Path indexDir) {
    StoreLocation location = freshStore();
    try (RelationalStore store = RelationalStore.open(location);
        SearchIndex index = SearchIndex.open(indexDir)) {
      assertThat(store.lastChange()).isZero();
      store.save(StoredResults.full("a1"));
      store.save(StoredResults.full("a2"));
      List<RelationalStore.ArticleChange> changes = store.changesAfter(0, 10);
      assertThat(changes)
          .extracting(RelationalStore.ArticleChange::article)
          .containsExactly("a1", "a2");
      assertThat(changes).noneMatch(RelationalStore.ArticleChange::deleted);
      assertThat(changes.get(1).seq()).isGreaterThan(changes.get(0).seq());
      assertThat(store.lastChange()).isEqualTo(changes.get(1).seq());
      assertThat(store.changesAfter(changes.get(0).seq(), 10))
          .extracting(RelationalStore.ArticleChange::article)
          .containsExactly("a2");
      assertThat(store.changesAfter(0, 1)).hasSize(1);

      assertThat(index.catchUp(store)).isEqualTo(new SearchIndex.CatchUp(2, store.lastChange()));
      assertThat(index.search(SearchIndex.Request.of("\"harbour master\""), null, 10).total())
          .isEqualTo(2);
      store.save(StoredResults.full("a3"));
      assertThat(index.catchUp(store)).isEqualTo(new SearchIndex.CatchUp(1, store.lastChange()));
      assertThat(index.catchUp(store).changes()).isZero();
      assertThat(index.search(SearchIndex.Request.of("Kovač"), null, 10).total()).isEqualTo(3);
    }
  }
}
