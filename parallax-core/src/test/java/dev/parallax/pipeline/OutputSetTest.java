package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.OutputFolder;
import dev.parallax.testing.ExpectedLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder holds one run's complete set, or the previous one and a sign of the failure. */
class OutputSetTest {
  @TempDir Path dir;

  @Test
  void aNewFolderIsCreatedAndMarked() throws IOException {
    Path out = dir.resolve("new/out");
    OutputSet.check(out);
    assertThat(out.resolve(OutputFolder.MARKER)).exists();
  }

  @Test
  void aFolderHoldingOtherFilesIsRefusedAndLeftAlone() throws IOException {
    Path out = Files.createDirectories(dir.resolve("mine"));
    Files.writeString(out.resolve("data.csv"), "a,b");
    assertThatThrownBy(() -> OutputSet.check(out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds files Parallax did not write");
    assertThat(out.resolve(OutputFolder.MARKER)).doesNotExist();
  }

  @Test
  void aRunThatFailsLeavesThePreviousSetAsItWas() throws IOException {
    Path in = dir.resolve("in");
    FaultyBatch.writeInputs(in);
    Path out = dir.resolve("out");
    FaultyBatch.run(in, out, "none", FaultyBatch.Fault.NONE, 2);
    String articles = Files.readString(out.resolve("articles.jsonl"));
    String run = Files.readString(out.resolve("run.json"));
    List<ArticleStage> stages = new ArrayList<>(FaultyBatch.pipeline("none", null).articleStages());
    stages.add(new FailsToPrepare());

    assertThatThrownBy(
            () ->
                new Analysis(
                        new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS),
                        new AnalysisOptions(out, Until.CLEAN, 2),
                        null,
                        new Pipeline(stages, List.of()))
                    .run(List.of(in), Progress.NONE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("models missing");

    assertThat(Files.readString(out.resolve("articles.jsonl"))).isEqualTo(articles);
    assertThat(Files.readString(out.resolve("run.json"))).isEqualTo(run);
    assertThat(out.resolve(OutputSet.PARTIAL)).doesNotExist();
  }

  @Test
  @ExpectedLog("an earlier run into .*out did not finish; its partial files") // said on screen
  void theNextRunRemovesAKilledRunsPartialFiles() throws IOException {
    Path in = dir.resolve("in");
    FaultyBatch.writeInputs(in);
    Path out = dir.resolve("out");
    FaultyBatch.run(in, out, "none", FaultyBatch.Fault.NONE, 2);
    // as a run killed before its commit leaves it
    Files.createDirectories(out.resolve(OutputSet.PARTIAL));
    Files.writeString(out.resolve(OutputSet.PARTIAL).resolve("articles.jsonl"), "{\"trunc");

    FaultyBatch.run(in, out, "none", FaultyBatch.Fault.NONE, 2);

    assertThat(out.resolve(OutputSet.PARTIAL)).doesNotExist();
    assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(FaultyBatch.SIZE);
  }

  /** A stage whose models cannot be loaded: the run fails outside any document. */
  private static final class FailsToPrepare implements ArticleStage {
    @Override
    public String name() {
      return "annotate2";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of();
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(Layer.TOKENS);
    }

    @Override
    public void prepare() {
      throw new IllegalStateException("models missing");
    }

    @Override
    public Document apply(Document document, Diagnostics diagnostics) {
      return document;
    }
  }
}
