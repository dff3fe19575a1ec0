package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Mention;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage end to end on the seeds (from {@code ../shared}, skipped without them). Rows are looked
 * up by outlet, not by story, so the test holds however the stories are grouped. The example corpus
 * is checked against its answer key in {@code AnalysisOutputContractTest}.
 */
@Tag("slow") // the whole analysis
class CorpusCoverageTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora/seeds");

  @TempDir Path out;

  /** One run's records. */
  private record Run(
      List<Coverage> coverage, Map<String, Article> articles, Map<String, Entity> entities) {
    List<Coverage> ofOutlet(String outlet) {
      return coverage.stream().filter(c -> outlet.equals(c.outlet())).toList();
    }
  }

  @Test
  void seedsShowRtsLoadedLabelsForKosovoAndEachOutletsVoices() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no shared seeds");
    Run run = analyse(SEEDS);
    String kosovo =
        run.entities().values().stream()
            .filter(e -> "KSV".equals(e.actor()))
            .findFirst()
            .orElseThrow()
            .id();
    List<Coverage> rt = run.ofOutlet("RT");
    assertThat(rt).isNotEmpty();
    assertThat(rt.stream().flatMap(c -> c.labels().stream()))
        .as("RT calls Kosovo self-proclaimed")
        .anyMatch(
            l ->
                l.entity().equals(kosovo)
                    && l.loaded()
                    && l.label().toLowerCase(Locale.ROOT).contains("self-proclaimed"));
    List<Coverage.Voice> rfe =
        run.ofOutlet("RFE/RL").stream().flatMap(c -> c.voices().stream()).toList();
    assertThat(rfe).as("RFE/RL voices").isNotEmpty().allMatch(v -> "KSV".equals(v.side()));
    int rtQuotes = 0;
    int rtRussian = 0;
    for (Coverage.Voice v : rt.stream().flatMap(c -> c.voices().stream()).toList()) {
      rtQuotes += v.side() == null ? 0 : v.quotes();
      rtRussian += "RUS".equals(v.side()) ? v.quotes() : 0;
    }
    assertThat(rtRussian).as("RT mostly carries Russia's side").isGreaterThan(rtQuotes / 2);
    assertSpans(run);
  }

  private static void assertSpans(Run run) {
    for (Coverage c : run.coverage()) {
      for (Coverage.Label l : c.labels()) {
        assertThat(l.mentions()).hasSize(l.count());
        for (Mention m : l.mentions()) {
          assertThat(run.articles().get(m.article()).body().substring(m.start(), m.end()))
              .isEqualTo(m.text());
        }
      }
      c.tone().forEach(t -> assertThat(t.score()).isBetween(-1.0, 1.0));
    }
  }

  private Run analyse(Path folder) throws IOException {
    Path dir = out.resolve(folder.getFileName().toString());
    new Analysis(
            new Ingestor(Manifest.read(folder.resolve("manifest.csv")), IngestOptions.DEFAULTS),
            new AnalysisOptions(dir, Until.last(), 2))
        .run(List.of(folder), Progress.NONE);
    Map<String, Article> articles = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("articles.jsonl"))) {
      if (Jsonl.readArticleRecord(line) instanceof Article a) {
        articles.put(a.id(), a);
      }
    }
    Map<String, Entity> entities = new HashMap<>();
    for (String line : Files.readAllLines(dir.resolve("entities.jsonl"))) {
      Entity e = Jsonl.read(line, Entity.class);
      entities.put(e.id(), e);
    }
    List<Coverage> coverage =
        Files.readAllLines(dir.resolve("coverage.jsonl")).stream()
            .map(l -> Jsonl.read(l, Coverage.class))
            .toList();
    return new Run(coverage, articles, entities);
  }
}
