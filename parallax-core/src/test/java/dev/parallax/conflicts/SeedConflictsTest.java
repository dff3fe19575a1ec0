package dev.parallax.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Conflict;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis of the seed corpus in {@code ../shared} (skipped when absent): the expulsion
 * dispute (the expelling side says the diplomats endangered security, the other calls their
 * activities legitimate) and the quarrel over recruitment (a claim and the denial of it) come out
 * as conflicts. The conflicts go to {@code target/seed-conflicts.txt} for reading.
 */
class SeedConflictsTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora/seeds");

  @TempDir Path out;

  @Test
  void findsTheExpulsionDisputeAndTheDeniedRecruitmentClaim() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no ../shared seed corpus");
    new Analysis(
            new Ingestor(Manifest.read(SEEDS.resolve("manifest.csv")), IngestOptions.DEFAULTS),
            new AnalysisOptions(out, Until.GROUP, 2))
        .run(List.of(SEEDS), Progress.NONE);
    List<Conflict> conflicts = new ArrayList<>();
    List<String> report = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("conflicts.jsonl"))) {
      Conflict c = Jsonl.mapper().readValue(line, Conflict.class);
      conflicts.add(c);
      report.add(c.summary() + " [about " + c.about() + "]");
      c.claims()
          .forEach(x -> report.add("    " + x.outlet() + " | " + x.speaker() + " | " + x.text()));
    }
    Files.write(Path.of("target", "seed-conflicts.txt"), report);

    assertThat(conflicts)
        .anySatisfy(
            c -> {
              assertThat(c.claims()).anyMatch(x -> has(x, "endanger"));
              assertThat(c.claims()).anyMatch(x -> has(x, "legitimate"));
              assertThat(c.claims().stream().map(Conflict.Claim::article).distinct()).hasSize(2);
            });
    assertThat(conflicts)
        .anySatisfy(
            c -> {
              assertThat(c.claims()).allMatch(x -> has(x, "recruit"));
              assertThat(c.claims().stream().map(Conflict.Claim::speaker).distinct())
                  .hasSizeGreaterThan(1);
            });
  }

  private static boolean has(Conflict.Claim claim, String word) {
    return claim.text().toLowerCase(Locale.ROOT).contains(word);
  }
}
