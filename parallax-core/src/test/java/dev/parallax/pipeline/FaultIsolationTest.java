package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.pipeline.FaultyBatch.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One document of a batch of 50 fails in one per-article stage: exactly it is rejected, with that
 * stage, and every other document's records are byte-identical to a run without the fault.
 */
class FaultIsolationTest {
  @TempDir static Path dir;
  static Path in;
  static List<String> articles;
  static List<String> diagnostics;

  @BeforeAll
  static void runWithoutFault() throws IOException {
    runWithoutFault(dir);
  }

  /** Writes the batch into {@code dir} and runs it without a fault, for the runs to compare. */
  static void runWithoutFault(Path dir) throws IOException {
    in = dir.resolve("in");
    FaultyBatch.writeInputs(in);
    Path out = dir.resolve("clean-run");
    FaultyBatch.run(in, out, "none", Fault.NONE, 4);
    articles = Files.readAllLines(out.resolve("articles.jsonl"));
    diagnostics = Files.readAllLines(out.resolve("diagnostics.jsonl"));
    assertThat(articles).hasSize(FaultyBatch.SIZE).noneMatch(l -> l.contains("\"rejected\""));
    assertThat(diagnostics).isNotEmpty();
  }

  static Stream<Arguments> faults() {
    return FaultyBatch.STAGES.stream()
        .flatMap(
            stage ->
                Stream.of(
                        Fault.RUNTIME,
                        Fault.CHECKED,
                        Fault.STACK_OVERFLOW,
                        Fault.THROWN_OUT_OF_MEMORY,
                        Fault.BYSTANDER)
                    .map(fault -> Arguments.of(stage, fault)));
  }

  @ParameterizedTest(name = "{1} in {0}")
  @MethodSource("faults")
  void exactlyTheFailingDocumentIsRejectedWithItsStage(String stage, Fault fault)
      throws IOException {
    Path out = dir.resolve("out-" + stage + "-" + fault);
    FaultyBatch.run(in, out, stage, fault, 4);

    assertOnlyTargetRejected(out, stage, reasonOf(fault));
  }

  /** Checks the output in {@code out} against the run without a fault (also from the slow test). */
  static void assertOnlyTargetRejected(Path out, String stage, String reason) throws IOException {
    List<String> got = Files.readAllLines(out.resolve("articles.jsonl"));
    assertThat(got).hasSize(FaultyBatch.SIZE);
    for (int i = 0; i < FaultyBatch.SIZE; i++) {
      if (articles.get(i).contains("\"source\":\"" + in.resolve(FaultyBatch.TARGET) + "\"")) {
        assertThat(got.get(i))
            .contains("\"source\":\"" + in.resolve(FaultyBatch.TARGET) + "\"")
            .contains("\"stage\":\"" + stage + "\"")
            .contains("\"rejected\":\"" + reason);
      } else {
        assertThat(got.get(i)).isEqualTo(articles.get(i));
      }
    }
    assertThat(Files.readAllLines(out.resolve("diagnostics.jsonl")))
        .isEqualTo(
            diagnostics.stream().filter(l -> !l.contains(FaultyBatch.TARGET + "\"")).toList());
    assertThat(Files.exists(out.resolve(OutputSet.RUN))).isTrue();
  }

  private static String reasonOf(Fault fault) {
    return switch (fault) {
      case RUNTIME -> "internal error: java.lang.IllegalStateException: injected fault";
      case CHECKED -> "internal error: java.io.IOException: injected fault";
      case STACK_OVERFLOW -> "internal error: java.lang.StackOverflowError";
      case THROWN_OUT_OF_MEMORY, BYSTANDER, ALLOCATE -> Analysis.OUT_OF_MEMORY;
      case NONE -> throw new IllegalArgumentException("no fault");
    };
  }

  @Test
  void aFailingCorpusStageLeavesThePerArticleRecordsAndNamesTheStage() throws IOException {
    Path out = dir.resolve("corpus-fails");
    FaultyBatch.run(in, out, "none", Fault.NONE, 2);
    Files.writeString(out.resolve("events.jsonl"), "{\"from\":\"an earlier run\"}\n");
    CorpusStage failing =
        new CorpusStage() {
          @Override
          public String name() {
            return "stories";
          }

          @Override
          public Set<Layer> reads() {
            return Set.of(Layer.ARTICLE);
          }

          @Override
          public Set<Layer> produces() {
            return Set.of();
          }

          @Override
          public Corpus apply(
              List<ArticleResult> added, Corpus corpus, dev.parallax.model.Diagnostics found) {
            throw new IllegalStateException("index broke");
          }
        };
    Pipeline perArticle = FaultyBatch.pipeline("none", Fault.NONE);
    Pipeline pipeline = new Pipeline(perArticle.articleStages(), List.of(failing));

    assertThatThrownBy(
            () ->
                new Analysis(
                        new dev.parallax.ingest.Ingestor(
                            dev.parallax.ingest.Manifest.EMPTY,
                            dev.parallax.ingest.IngestOptions.DEFAULTS),
                        new AnalysisOptions(out, Until.CLEAN, 2),
                        null,
                        pipeline)
                    .run(List.of(in), Progress.NONE))
        .isInstanceOf(CorpusStageException.class)
        .hasMessageContaining("stage stories failed")
        .hasMessageContaining("index broke");

    assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).isEqualTo(articles);
    assertThat(Files.readAllLines(out.resolve("diagnostics.jsonl")))
        .containsAll(diagnostics)
        .last()
        .asString()
        .contains("\"stage\":\"stories\"")
        .contains("index broke");
    // no record of another run beside them, and no run.json: the set is not complete
    assertThat(out.resolve("events.jsonl")).doesNotExist();
    assertThat(out.resolve(OutputSet.RUN)).doesNotExist();
    assertThat(out.resolve(OutputSet.PARTIAL)).doesNotExist();
  }
}
