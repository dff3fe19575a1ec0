package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.PartialDate;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 2: a stored fused event keeps its id as reports of it arrive, even reports
 * published before its first one. The bundled examples' expulsion reports are analysed once, then
 * added to a store one run at a time, last published first (undated ones first of all), so each run
 * brings a report that a fuser ordering by publication alone would make the first report of the
 * events it shares.
 */
@Tag("slow") // the whole analysis of seven examples, then a run of the corpus stages for each
class StableEventIdsTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

  @TempDir static Path dir;

  /** The store's fused event ids after each run. */
  static final List<Set<String>> idsAfterEachRun = new ArrayList<>();

  static List<dev.parallax.model.IdRedirect> redirects;

  static int reports;

  @BeforeAll
  static void analyse() throws IOException {
    Set<String> expulsion = StoryKey.read(EXAMPLES).get(0);
    reports = expulsion.size();
    List<Path> inputs = expulsion.stream().sorted().map(EXAMPLES::resolve).toList();
    List<ArticleResult> results;
    try (RelationalStore store = RelationalStore.open(dir.resolve("source.db"))) {
      new Analysis(ingestor(), options("source"), store).run(inputs, Progress.NONE);
      results = new ArrayList<>(store.results());
    }
    Comparator<PartialDate> latestFirst =
        Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder()).reversed();
    results.sort(
        Comparator.comparing((ArticleResult r) -> ((Article) r.record()).published(), latestFirst)
            .thenComparing(r -> r.record().id(), Comparator.reverseOrder()));
    Path grown = dir.resolve("grown.db");
    for (int i = 0; i < results.size(); i++) {
      try (RelationalStore store = RelationalStore.open(grown)) {
        new Analysis(ingestor(), options("run" + i), store)
            .runResults(List.of(results.get(i)), Progress.NONE);
        idsAfterEachRun.add(store.eventIds());
      }
    }
    try (RelationalStore store = RelationalStore.openReader(new StoreLocation.SqliteFile(grown))) {
      redirects = store.redirects();
    }
  }

  private static Ingestor ingestor() throws IOException {
    return new Ingestor(Manifest.read(EXAMPLES.resolve("manifest.csv")), IngestOptions.DEFAULTS);
  }

  private static AnalysisOptions options(String out) {
    return new AnalysisOptions(dir.resolve(out), Until.last(), 2);
  }

  @Test
  void everyStoredEventIdStaysAsEarlierReportsArrive() {
    assertThat(idsAfterEachRun).hasSize(reports);
    for (int i = 1; i < idsAfterEachRun.size(); i++) {
      assertThat(idsAfterEachRun.get(i)).as("run %d", i).containsAll(idsAfterEachRun.get(i - 1));
    }
    assertThat(idsAfterEachRun.get(0)).isNotEmpty();
    assertThat(redirects).noneMatch(r -> r.kind().equals("event"));
  }
}
