package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisTest {
  private static final String[] PLACES = {"harbour", "bridge", "market", "school", "station"};
  private static final String[] ACTS = {"reopened", "closed", "was inspected", "was extended"};

  @TempDir static Path dir;
  static Path in;

  @BeforeAll
  static void writeCorpus() throws IOException {
    in = Files.createDirectories(dir.resolve("in/sub"));
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String report = report(i);
      if (i % 3 == 0) {
        Files.writeString(
            in.resolve("page-" + i + ".html"), "<html><body><p>" + report + "</p></body></html>");
      } else if (i % 3 == 1) {
        Files.writeString(in.resolve("note-" + i + ".txt"), report);
      } else {
        jsonl
            .append("{\"url\":\"https://n.example/")
            .append(i)
            .append("\",\"text\":")
            .append(Jsonl.line(report))
            .append("}\n");
      }
    }
    jsonl.append("not json\n");
    Files.writeString(in.resolve("batch.jsonl"), jsonl);
    Files.writeString(in.resolve("copy-of-1.txt"), report(1));
    Files.write(in.resolve("empty.txt"), new byte[0]);
  }

  private static String report(int i) {
    return "The "
        + PLACES[i % PLACES.length]
        + " in district "
        + i
        + " "
        + ACTS[i % ACTS.length]
        + " on Monday, officials said.\n\nResidents were told to expect delays for "
        + (i + 2)
        + " days.";
  }

  private static String run(String name, int threads) throws IOException {
    Path out = dir.resolve(name);
    new Analysis(
            new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS),
            new AnalysisOptions(out, Until.CLEAN, threads))
        .run(List.of(dir.resolve("in")), Progress.NONE);
    return Files.readString(out.resolve("articles.jsonl"));
  }

  @Test
  void outputIsIdenticalAcrossRunsAndThreadCounts() throws IOException {
    String first = run("out-a", 2);

    assertThat(run("out-b", 2)).isEqualTo(first);
    assertThat(run("out-c", 1)).isEqualTo(first);
    assertThat(first.lines()).hasSize(40 + 3);
  }

  @Test
  void outputFollowsInputOrderAndRejectsRepeatedContent() throws IOException {
    List<ArticleRecord> records = run("out-d", 2).lines().map(Jsonl::readArticleRecord).toList();
    List<String> sources = records.stream().map(ArticleRecord::source).toList();

    assertThat(sources.subList(0, 2))
        .containsExactly(
            dir.resolve("in/sub/batch.jsonl") + "#1", dir.resolve("in/sub/batch.jsonl") + "#2");
    assertThat(records)
        .filteredOn(r -> r.source().endsWith("note-1.txt"))
        .singleElement()
        .isInstanceOfSatisfying(
            Rejection.class, r -> assertThat(r.rejected()).startsWith("duplicate of"));
    assertThat(records.stream().map(ArticleRecord::id).distinct()).hasSize(records.size());
  }

  @Test
  void summaryNamesTheRejectionsByReasonWithTheirSources() throws IOException {
    AnalysisSummary summary =
        new Analysis(
                new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS),
                new AnalysisOptions(dir.resolve("out-e"), Until.CLEAN, 2))
            .run(List.of(dir.resolve("in")), Progress.NONE);

    Path sub = dir.resolve("in/sub");
    assertThat(summary.rejections())
        .containsExactly(
            new AnalysisSummary.Rejected(
                "not a JSON record", 1, List.of(sub.resolve("batch.jsonl") + "#14")),
            new AnalysisSummary.Rejected("empty input", 1, List.of(sub.resolve("empty.txt") + "")),
            new AnalysisSummary.Rejected(
                "duplicate", 1, List.of(sub.resolve("note-1.txt").toString())));
    assertThat(summary.rejectionLine())
        .isEqualTo(
            "1 not a JSON record ("
                + sub.resolve("batch.jsonl")
                + "#14), 1 empty input ("
                + sub.resolve("empty.txt")
                + "), 1 duplicate ("
                + sub.resolve("note-1.txt")
                + ")");
    assertThat(summary.diagnosticsByStage()).isEmpty();
    assertThat(summary.diagnosticLine()).isEmpty();
  }
}
