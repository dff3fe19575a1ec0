package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.coverage.ArticleText;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Story;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.AnalysisSummary;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.RecordFiles;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 2: a run with a store fuses events and computes coverage and conflicts only for the
 * stories whose inputs changed since the store saved their records, and reads the others' from the
 * store. The bundled examples are analysed once; their expulsion reports, then their fruit-ban
 * reports are added to a store. Copies of it then run again adding nothing: as saved (every story
 * read), with the story digests dropped (every story computed), with the expulsion story's digest
 * stale (it computed, the other read; once more in a run without an output folder, which reads the
 * other only as far as saving it again needs, then written by a run with one), and the same with
 * every stored coverage row and event marked, so that the rows read show, or every stored record's
 * digest marked, so that the rows saved as read show. The first store, which holds the examples in
 * file order (the stories' reports interleaved), runs again with every story computed and with one
 * story's digest stale (with and without an output folder).
 */
@Tag("slow") // the whole analysis of the examples, once
class StoryReuseTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
  private static final String MARK = "marked-outlet-id";

  @TempDir static Path dir;
  static String expulsion;
  static AnalysisSummary quietSummary;
  static int idleQuotesRead;
  static int idleEventsRead;
  static int idleActorsRead;

  @BeforeAll
  static void analyse() throws IOException, SQLException {
    List<Set<String>> key = StoryKey.read(EXAMPLES);
    List<Path> inputs = key.stream().flatMap(Set::stream).sorted().map(EXAMPLES::resolve).toList();
    List<ArticleResult> all;
    try (RelationalStore store = RelationalStore.open(dir.resolve("source.db"))) {
      new Analysis(ingestor(), options("source"), store).run(inputs, Progress.NONE);
      all = store.results();
    }
    Path grown = dir.resolve("grown.db");
    add(grown, of(all, key.get(0)), "first");
    add(grown, of(all, key.get(1)), "grown");
    String someExpulsionReport = of(all, key.get(0)).get(0).record().id();
    expulsion = storyOf("grown", someExpulsionReport);
    Path quiet = dir.resolve("quiet.db");
    add(quiet, of(all, key.get(0)), "quiet-first");
    try (RelationalStore store = RelationalStore.open(quiet)) {
      quietSummary =
          new Analysis(ingestor(), options("quiet"), store).addResults(of(all, key.get(1)));
    }
    try (RelationalStore store = RelationalStore.open(Files.copy(quiet, dir.resolve("idle.db")))) {
      new Analysis(ingestor(), options("idle"), store).addResults(List.of());
      idleQuotesRead = store.quotesRead();
      idleEventsRead = store.eventsRead();
      idleActorsRead = store.actorsRead();
    }
    again(quiet, "quiet-again");
    String stale = "UPDATE story_digests SET digest = 'stale' WHERE story = '" + expulsion + "'";
    again(grown, "reused");
    again(grown, "recomputed", "DELETE FROM story_digests");
    again(grown, "mixed", stale);
    quietlyAgain(grown, "mixed-quietly", stale);
    again(
        grown,
        "marked",
        "UPDATE coverage SET outlet_id = '" + MARK + "'",
        "UPDATE events SET plover = '" + MARK + "'",
        stale);
    again(
        grown,
        "digests-marked",
        "UPDATE events SET digest = '" + MARK + "'",
        "UPDATE coverage SET digest = '" + MARK + "'",
        "UPDATE conflicts SET digest = '" + MARK + "'",
        stale);
    // the source store holds the examples in file order, the two stories' reports interleaved
    String sourceExpulsion = storyOf("source", someExpulsionReport);
    again(dir.resolve("source.db"), "source-recomputed", "DELETE FROM story_digests");
    String sourceStale =
        "UPDATE story_digests SET digest = 'stale' WHERE story = '" + sourceExpulsion + "'";
    again(dir.resolve("source.db"), "source-mixed", sourceStale);
    quietlyAgain(dir.resolve("source.db"), "source-mixed-quietly", sourceStale);
    String blank = HexFormat.of().formatHex(new ArticleText(List.of(), List.of()).encode());
    again(
        grown,
        "blank-texts",
        "DELETE FROM story_digests",
        "UPDATE article_texts SET data = X'" + blank + "'");
    again(
        grown,
        "damaged-texts",
        "DELETE FROM story_digests",
        "UPDATE article_texts SET data = X'01FF'");
    again(
        grown,
        "other-print",
        "DELETE FROM story_digests",
        "UPDATE article_texts SET data = X'" + blank + "'",
        "UPDATE meta SET value = 'another print' WHERE key = 'article_texts_print'");
  }

  /** The id of the story the run writing {@code out} put the article {@code article} in. */
  private static String storyOf(String out, String article) throws IOException {
    return lines(out, "stories.jsonl").stream()
        .map(l -> Jsonl.read(l, Story.class))
        .filter(s -> s.articles().contains(article))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static Ingestor ingestor() throws IOException {
    return new Ingestor(Manifest.read(EXAMPLES.resolve("manifest.csv")), IngestOptions.DEFAULTS);
  }

  private static AnalysisOptions options(String out) {
    return new AnalysisOptions(dir.resolve(out), Until.last(), 2);
  }

  private static List<ArticleResult> of(List<ArticleResult> all, Set<String> files) {
    return all.stream()
        .filter(r -> files.stream().anyMatch(f -> ((Article) r.record()).source().endsWith(f)))
        .toList();
  }

  private static void add(Path db, List<ArticleResult> results, String out) throws IOException {
    try (RelationalStore store = RelationalStore.open(db)) {
      new Analysis(ingestor(), options(out), store).runResults(results, Progress.NONE);
    }
  }

  /** A run adding nothing to a copy of {@code db} changed by {@code statements} first. */
  private static void again(Path db, String name, String... statements)
      throws IOException, SQLException {
    add(changedCopy(db, name, statements), List.of(), name);
  }

  /**
   * {@link #again}, the run adding nothing without an output folder (the records only saved, those
   * of the stories read back not read whole; a copy of the store it left is named after {@code
   * name} with {@code -saved}), then once more with one, to write what it saved.
   */
  private static void quietlyAgain(Path db, String name, String... statements)
      throws IOException, SQLException {
    Path copy = changedCopy(db, name, statements);
    try (RelationalStore store = RelationalStore.open(copy)) {
      new Analysis(ingestor(), options(name), store).addResults(List.of());
    }
    Files.copy(copy, dir.resolve(name + "-saved.db"));
    add(copy, List.of(), name);
  }

  /**
   * The corpus records a run without an output folder saved into a copy of a store ({@link
   * #quietlyAgain}) equal, in the order stored, those the same run with a folder saved into another
   * copy ({@link #again}).
   */
  private static void savedAlike(String quietly, String withFolder) {
    try (RelationalStore saved = RelationalStore.open(dir.resolve(quietly + "-saved.db"));
        RelationalStore written = RelationalStore.open(dir.resolve(withFolder + ".db"))) {
      assertThat(saved.records()).isEqualTo(written.records());
    }
  }

  /** A copy of {@code db} named after {@code name}, changed by {@code statements}. */
  private static Path changedCopy(Path db, String name, String... statements)
      throws IOException, SQLException {
    Path copy = Files.copy(db, dir.resolve(name + ".db"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.executeUpdate(statement);
      }
    }
    return copy;
  }

  @Test
  void readingTheStoredStoriesWritesWhatComputingThemWrites() throws IOException {
    List<String> files = new ArrayList<>(RecordFiles.CORPUS_FILES);
    files.addAll(List.of("articles.jsonl", "report.html"));
    for (String file : files) {
      String computed = Files.readString(dir.resolve("recomputed").resolve(file));
      assertThat(Files.readString(dir.resolve("reused").resolve(file)))
          .as(file)
          .isEqualTo(computed);
      assertThat(Files.readString(dir.resolve("mixed").resolve(file))).as(file).isEqualTo(computed);
      assertThat(Files.readString(dir.resolve("mixed-quietly").resolve(file)))
          .as(file)
          .isEqualTo(computed);
      assertThat(Files.readString(dir.resolve("grown").resolve(file))).as(file).isEqualTo(computed);
    }
    savedAlike("mixed-quietly", "mixed");
    assertThat(lines("reused", "coverage.jsonl")).isNotEmpty();
    try (RelationalStore reused = RelationalStore.open(dir.resolve("reused.db"));
        RelationalStore recomputed = RelationalStore.open(dir.resolve("recomputed.db"))) {
      assertThat(reused.storyDigests()).hasSize(2).isEqualTo(recomputed.storyDigests());
    }
  }

  /**
   * Growing the store without an output folder (as a server or a feed does) saves what a run
   * writing one saves: a run adding nothing after it writes what the run that grew the store with a
   * folder wrote. No folder is written and the report, which only a folder holds, not rendered.
   */
  @Test
  void growingWithoutAFolderSavesWhatARunWithOneSaves() throws IOException {
    assertThat(dir.resolve("quiet")).doesNotExist();
    assertThat(quietSummary.articles()).isEqualTo(lines("grown", "articles.jsonl").size());
    assertThat(quietSummary.stages())
        .containsKeys("stories", "coverage")
        .doesNotContainKey("report");
    List<String> files = new ArrayList<>(RecordFiles.CORPUS_FILES);
    files.addAll(List.of("articles.jsonl", "report.html"));
    for (String file : files) {
      assertThat(Files.readString(dir.resolve("quiet-again").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("grown").resolve(file)));
    }
    try (RelationalStore quiet = RelationalStore.open(dir.resolve("quiet-again.db"));
        RelationalStore grown = RelationalStore.open(dir.resolve("reused.db"))) {
      assertThat(quiet.storyDigests()).hasSize(2).isEqualTo(grown.storyDigests());
    }
  }

  /**
   * A run without an output folder that changes no story reads no stored article's quotes (neither
   * to link them, nor to digest the stories, nor to save them), no stored article's events (neither
   * to find stories by them nor to fuse them) and no stored article's actor mentions (entities are
   * linked from the stored tallies, the stories digested by the stored keys).
   */
  @Test
  void aGrowingRunReadsOnlyTheQuotesEventsAndActorsOfTheStoriesItComputes() {
    assertThat(idleQuotesRead).isZero();
    assertThat(idleEventsRead).isZero();
    assertThat(idleActorsRead).isZero();
  }

  /**
   * Where the stories' reports interleave in the stored order, the stored events of the story read
   * back and those of the story fused again come out in the order fusing both gives.
   */
  @Test
  void storedAndFusedEventsInterleaveAsFusingEveryStoryOrdersThem() throws IOException {
    List<String> stories =
        lines("source-recomputed", "events.jsonl").stream()
            .map(l -> Jsonl.read(l, dev.parallax.model.Event.class).story())
            .toList();
    long runs =
        java.util.stream.IntStream.range(1, stories.size())
            .filter(i -> !stories.get(i).equals(stories.get(i - 1)))
            .count();
    assertThat(runs).as("story changes along events.jsonl").isGreaterThan(1);
    for (String file : List.of("events.jsonl", "stories.jsonl", "articles.jsonl")) {
      assertThat(lines("source-mixed", file)).as(file).isEqualTo(lines("source-recomputed", file));
      assertThat(lines("source-mixed-quietly", file))
          .as(file)
          .isEqualTo(lines("source-recomputed", file));
    }
    savedAlike("source-mixed-quietly", "source-mixed");
  }

  @Test
  void onlyTheStoryWhoseDigestChangedIsComputed() throws IOException {
    List<Coverage> rows =
        lines("marked", "coverage.jsonl").stream().map(l -> Jsonl.read(l, Coverage.class)).toList();
    assertThat(rows.stream().filter(c -> c.story().equals(expulsion)))
        .isNotEmpty()
        .noneMatch(c -> MARK.equals(c.outletId()));
    assertThat(rows.stream().filter(c -> !c.story().equals(expulsion)))
        .isNotEmpty()
        .allMatch(c -> MARK.equals(c.outletId()));
    List<dev.parallax.model.Event> events =
        lines("marked", "events.jsonl").stream()
            .map(l -> Jsonl.read(l, dev.parallax.model.Event.class))
            .toList();
    assertThat(events.stream().filter(e -> expulsion.equals(e.story())))
        .isNotEmpty()
        .noneMatch(e -> MARK.equals(e.plover()));
    assertThat(events.stream().filter(e -> !expulsion.equals(e.story())))
        .isNotEmpty()
        .allMatch(e -> MARK.equals(e.plover()));
  }

  /**
   * The save takes an unchanged story's events, coverage rows and conflicts, read back from the
   * store, as stored: it does not digest them again, and their rows keep the digests they had
   * (marked here), while the rows of the story computed again are digested and written.
   */
  @Test
  void theRecordsReadBackAreSavedWithTheirStoredDigests() throws SQLException {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("digests-marked.db"));
        Statement s = c.createStatement()) {
      for (String table : List.of("events", "coverage")) {
        List<String> computed = new ArrayList<>();
        List<String> read = new ArrayList<>();
        try (java.sql.ResultSet rs =
            s.executeQuery("SELECT story, digest FROM " + table + " WHERE story IS NOT NULL")) {
          while (rs.next()) {
            (rs.getString(1).equals(expulsion) ? computed : read).add(rs.getString(2));
          }
        }
        assertThat(computed).as(table).isNotEmpty().doesNotContain(MARK);
        assertThat(read).as(table).isNotEmpty().containsOnly(MARK);
      }
      try (java.sql.ResultSet rs =
          s.executeQuery(
              "SELECT count(*) FROM conflicts WHERE digest = '"
                  + MARK
                  + "'"
                  + " AND story = '"
                  + expulsion
                  + "'")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getInt(1)).as("the computed story's conflicts marked").isZero();
      }
    }
  }

  /** A new report of another story can change a stored story's inputs: its outlet's id here. */
  @Test
  void aStoryWhoseArticlesOutletChangedIsComputedAgain() throws IOException {
    List<String> first = lines("first", "coverage.jsonl");
    List<String> grown =
        lines("grown", "coverage.jsonl").stream()
            .filter(l -> Jsonl.read(l, Coverage.class).story().equals(expulsion))
            .toList();
    assertThat(grown).hasSameSizeAs(first).isNotEqualTo(first);
  }

  /**
   * Coverage reads an article's text (its labels and tone words) once: a later run computing its
   * story again takes the stored text. Stored texts made blank show it (the stories computed again
   * with them have no labels, and only their events' part of the tone); a damaged text, or texts
   * stored under another print, are read again from the bodies, and the run then stores them under
   * its own print.
   */
  @Test
  void coverageTakesEachArticlesStoredTextUnlessItIsDamagedOrUnderAnotherPrint()
      throws IOException, SQLException {
    List<Coverage> recomputed = coverage("recomputed");
    assertThat(recomputed).anyMatch(c -> !c.labels().isEmpty()).anyMatch(c -> !c.tone().isEmpty());
    List<Coverage> blank = coverage("blank-texts");
    assertThat(blank).hasSameSizeAs(recomputed).allMatch(c -> c.labels().isEmpty());
    assertThat(blank.stream().map(Coverage::tone).toList())
        .isNotEqualTo(recomputed.stream().map(Coverage::tone).toList());
    assertThat(coverage("damaged-texts")).isEqualTo(recomputed);
    assertThat(coverage("other-print")).isEqualTo(recomputed);
    try (RelationalStore grown = RelationalStore.open(dir.resolve("grown.db"));
        RelationalStore other = RelationalStore.open(dir.resolve("other-print.db"));
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("grown.db"));
        Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery("SELECT value FROM meta WHERE key = 'article_texts_print'")) {
      assertThat(rs.next()).isTrue();
      String print = rs.getString(1);
      List<String> ids = grown.results().stream().map(r -> r.record().id()).toList();
      Map<String, byte[]> texts = grown.articleTexts(print, ids);
      assertThat(texts).hasSize(ids.size());
      assertThat(other.articleTexts(print, ids).keySet()).isEqualTo(texts.keySet());
      assertThat(other.articleTexts(print, ids).get(ids.get(0))).isEqualTo(texts.get(ids.get(0)));
      assertThat(grown.articleTexts("another print", ids)).isEmpty();
    }
  }

  private static List<Coverage> coverage(String out) throws IOException {
    return lines(out, "coverage.jsonl").stream().map(l -> Jsonl.read(l, Coverage.class)).toList();
  }

  private static List<String> lines(String out, String file) throws IOException {
    try (Stream<String> lines = Files.lines(dir.resolve(out).resolve(file))) {
      return lines.toList();
    }
  }
}
