package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KeyTallies;
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
import dev.parallax.pipeline.Corpus;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.RecordFiles;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis of the bundled example corpus (two stories: an expulsion row and a fruit ban)
 * into a store in two batches: first the expulsion reports but one, then the fruit-ban reports and
 * the held-back expulsion report. The stories equal those of one run over all twelve; the held-back
 * report joins the stored story under its stored id; running the second batch again analyses
 * nothing and writes the same files.
 */
@Tag("slow") // the whole analysis of the examples, twice
class IncrementalAnalysisTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
  private static final String HELD_BACK = "pahonia-post-minsk-retaliates.txt";
  private static final List<String> OUTPUTS =
      List.of("articles.jsonl", "entities.jsonl", "events.jsonl", "quotes.jsonl", "stories.jsonl");

  @TempDir static Path dir;
  static AnalysisSummary second;
  static AnalysisSummary again;

  @BeforeAll
  static void analyse() throws IOException {
    List<Set<String>> key = StoryKey.read(EXAMPLES);
    List<String> expulsion = key.get(0).stream().filter(f -> !f.equals(HELD_BACK)).toList();
    List<String> rest =
        Stream.concat(key.get(1).stream(), Stream.of(HELD_BACK)).collect(Collectors.toList());
    Path db = dir.resolve("corpus.db");

    run(all(key), "whole", null);
    run(expulsion, "first", db);
    second = run(rest, "second", db);
    again = run(rest, "again", db);
  }

  private static List<String> all(List<Set<String>> key) {
    return key.stream().flatMap(Set::stream).sorted().toList();
  }

  private static AnalysisSummary run(List<String> files, String out, Path db) throws IOException {
    Analysis analysis;
    AnalysisOptions options = new AnalysisOptions(dir.resolve(out), Until.last(), 2);
    Ingestor ingestor =
        new Ingestor(Manifest.read(EXAMPLES.resolve("manifest.csv")), IngestOptions.DEFAULTS);
    List<Path> inputs = files.stream().map(EXAMPLES::resolve).toList();
    if (db == null) {
      return new Analysis(ingestor, options).run(inputs, Progress.NONE);
    }
    try (RelationalStore store = RelationalStore.open(db)) {
      analysis = new Analysis(ingestor, options, store);
      return analysis.run(inputs, Progress.NONE);
    }
  }

  @Test
  void twoBatchesGiveTheStoriesOfOneRun() throws IOException {
    assertThat(storiesByFile("second")).isEqualTo(storiesByFile("whole"));
    assertThat(storiesByFile("whole")).hasSize(2);
  }

  @Test
  void theHeldBackReportJoinsTheStoredStoryAndTheOtherHappeningOpensOne() throws IOException {
    Map<String, Set<String>> first = storiesByFile("first");
    Map<String, Set<String>> second = storiesByFile("second");
    String expulsion = storyOf(second, HELD_BACK);

    assertThat(first).hasSize(1).containsKey(expulsion);
    assertThat(second.get(expulsion)).containsAll(first.get(expulsion)).contains(HELD_BACK);
    assertThat(second).hasSize(2);
  }

  @Test
  void theOutputDescribesTheWholeStoredCorpus() throws IOException {
    assertThat(IncrementalAnalysisTest.second.articles()).isEqualTo(12);
    assertThat(IncrementalAnalysisTest.second.stored()).isEqualTo(6);
    assertThat(lines("second", "articles.jsonl")).hasSize(12);
    assertThat(ids("second")).isEqualTo(ids("whole"));
    assertThat(lines("second", "events.jsonl")).hasSameSizeAs(lines("whole", "events.jsonl"));
    assertThat(lines("second", "quotes.jsonl")).hasSameSizeAs(lines("whole", "quotes.jsonl"));
  }

  /**
   * The store grown in two batches keeps the tallies of every stored article's actor mentions in
   * the order stored: the second batch added its articles' to the first's.
   */
  @Test
  void theStoredTalliesAreThoseOfEveryStoredMention() {
    try (RelationalStore store = RelationalStore.open(dir.resolve("corpus.db"))) {
      List<ArticleResult> all = store.results();
      assertThat(List.copyOf(store.keyTallies().tallies().tallies().entrySet()))
          .isEqualTo(
              List.copyOf(
                  KeyTallies.of(all.stream().map(ArticleResult::actors).toList())
                      .tallies()
                      .entrySet()));
      assertThat(store.keyTallies().articles()).isEqualTo(12);
    }
  }

  @Test
  void addingStoredArticlesAgainAnalysesNothing() throws IOException {
    assertThat(again.articles()).isEqualTo(12);
    assertThat(again.stored()).isEqualTo(12);
    assertThat(again.rejected()).isZero();
    assertThat(again.stages()).doesNotContainKeys("clean", "annotate", "actors");
    assertThat(second.stages()).containsKeys("clean", "annotate", "actors");
    for (String file : OUTPUTS) {
      assertThat(lines("again", file)).as(file).isEqualTo(lines("second", file));
    }
  }

  /**
   * What {@code parallax export} reads and writes: the store's corpus records through the shared
   * writer are, byte for byte, the files of the run that last grew the store.
   */
  @Test
  void theStoredCorpusRecordsWrittenAgainAreTheRunsFiles() throws IOException {
    Path out = dir.resolve("export");
    try (RelationalStore store = RelationalStore.open(dir.resolve("corpus.db"))) {
      Corpus corpus = Pipeline.records(Models.shared(), store, new ArrayList<>());
      RecordFiles.writeArticles(
          out.resolve("articles.jsonl"), corpus.records().articles(), corpus::line);
      RecordFiles.writeCorpus(out::resolve, corpus.records(), corpus.outletList(), n -> true);
    }
    List<String> files = new ArrayList<>(RecordFiles.CORPUS_FILES);
    files.add("articles.jsonl");
    for (String file : files) {
      assertThat(Files.readString(out.resolve(file)))
          .as(file)
          .isNotEmpty()
          .isEqualTo(Files.readString(dir.resolve("again").resolve(file)));
    }
  }

  @Test
  void theStoreHoldsTheRecordsOfTheOutputFilesAndWhatAnalysedEachArticle() throws IOException {
    try (RelationalStore store = RelationalStore.open(dir.resolve("corpus.db"))) {
      dev.parallax.report.ReportData records = store.records();
      assertThat(store.corpusPending()).isFalse();
      // the store keeps each article's outlet as cleaned; articles.jsonl gives its outlet's
      // canonical name and outlet_id (docs/export.md, Outlets): equal but for the outlet, which is
      // the outlet's name or one of its aliases
      List<dev.parallax.model.Article> written =
          lines("again", "articles.jsonl").stream()
              .map(l -> (dev.parallax.model.Article) Jsonl.readArticleRecord(l))
              .toList();
      assertThat(records.articles().stream().map(a -> Jsonl.line(a.withOutlet(null))).sorted())
          .containsExactlyElementsOf(
              written.stream().map(a -> Jsonl.line(a.withOutlet(null))).sorted().toList());
      Map<String, String> canonical = new HashMap<>();
      written.forEach(a -> canonical.put(a.id(), a.outlet()));
      Map<String, dev.parallax.model.Outlet> outlets = new HashMap<>();
      lines("again", "outlets.jsonl").stream()
          .map(l -> Jsonl.read(l, dev.parallax.model.Outlet.class))
          .forEach(o -> outlets.put(o.name(), o));
      for (dev.parallax.model.Article a : records.articles()) {
        dev.parallax.model.Outlet o = outlets.get(canonical.get(a.id()));
        List<String> spellings = new ArrayList<>(o.aliases());
        spellings.add(o.name());
        assertThat(spellings).as(a.id()).contains(a.outlet());
      }
      assertThat(records.entities().stream().map(Jsonl::line).toList())
          .isEqualTo(lines("again", "entities.jsonl"));
      assertThat(records.events().stream().map(Jsonl::line).toList())
          .isEqualTo(lines("again", "events.jsonl"));
      assertThat(records.quotes().stream().map(Jsonl::line).toList())
          .isEqualTo(lines("again", "quotes.jsonl"));
      assertThat(records.stories().stream().map(Jsonl::line).toList())
          .isEqualTo(lines("again", "stories.jsonl"));
      // the store's coverage rows do not keep outlet_id yet (schema v2 has no column for it)
      assertThat(records.coverage().stream().map(c -> Jsonl.line(c.withOutletId(null))).toList())
          .isEqualTo(
              lines("again", "coverage.jsonl").stream()
                  .map(l -> Jsonl.line(Jsonl.read(l, Coverage.class).withOutletId(null)))
                  .toList());
      assertThat(records.conflicts().stream().map(Jsonl::line).toList())
          .isEqualTo(lines("again", "conflicts.jsonl"));
      // every article was saved by a run whose run.json the store kept
      String runJson = lines("again", "run.json").get(0);
      for (dev.parallax.model.Article a : records.articles()) {
        assertThat(store.provenanceOf(a.id())).contains(runJson);
      }
      // a story page's records come from the indexes
      dev.parallax.model.Story story = records.stories().get(0);
      RelationalStore.StoryRecords page = store.story(story.id()).orElseThrow();
      assertThat(page.story()).isEqualTo(story);
      assertThat(page.events())
          .isEqualTo(records.events().stream().filter(e -> story.id().equals(e.story())).toList());
      assertThat(page.coverage())
          .isEqualTo(
              records.coverage().stream().filter(c -> c.story().equals(story.id())).toList());
      assertThat(page.quotes())
          .isNotEmpty()
          .isEqualTo(
              records.quotes().stream()
                  .filter(q -> story.articles().contains(q.article()))
                  .toList());
      assertThat(store.eventsOfActor("MDA"))
          .isNotEmpty()
          .isEqualTo(
              records.events().stream()
                  .filter(
                      e ->
                          String.valueOf(e.source().actor()).startsWith("MDA")
                              || String.valueOf(e.target().actor()).startsWith("MDA"))
                  .toList());
    }
  }

  private static Map<String, Set<String>> storiesByFile(String out) throws IOException {
    Map<String, String> fileOf = new HashMap<>();
    for (String line : lines(out, "articles.jsonl")) {
      Article a = Jsonl.read(line, Article.class);
      fileOf.put(a.id(), Path.of(a.source()).getFileName().toString());
    }
    Map<String, Set<String>> stories = new TreeMap<>();
    for (String line : lines(out, "stories.jsonl")) {
      Story s = Jsonl.read(line, Story.class);
      stories.put(
          s.id(),
          s.articles().stream().map(fileOf::get).collect(Collectors.toCollection(TreeSet::new)));
    }
    return stories;
  }

  private static String storyOf(Map<String, Set<String>> stories, String file) {
    return stories.entrySet().stream()
        .filter(e -> e.getValue().contains(file))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static Set<String> ids(String out) throws IOException {
    return lines(out, "articles.jsonl").stream()
        .map(l -> Jsonl.read(l, Article.class).id())
        .collect(Collectors.toSet());
  }

  private static List<String> lines(String out, String file) throws IOException {
    return Files.readAllLines(dir.resolve(out).resolve(file));
  }
}
