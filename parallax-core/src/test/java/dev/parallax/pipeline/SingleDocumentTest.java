package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.stories.StoryIndexState;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One document, one call: what {@link Pipeline#analyse} makes of one document on its own (as a web
 * request or a Spark executor would call it) equals what {@code analyze} makes of it in a batch.
 */
@Tag("slow") // the whole analysis of the examples
class SingleDocumentTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

  @Test
  void aSingleDocumentGivesTheRecordsItGetsInABatch(@TempDir Path out) throws IOException {
    Ingestor ingestor =
        new Ingestor(Manifest.read(EXAMPLES.resolve("manifest.csv")), IngestOptions.DEFAULTS);
    // A store sees exactly the per-article result of each accepted article of the batch.
    CapturingStore batch = new CapturingStore();
    new Analysis(ingestor, new AnalysisOptions(out, Until.GROUP, 2), batch)
        .run(List.of(EXAMPLES), Progress.NONE);

    List<RawDocument> documents = new ArrayList<>();
    ingestor.read(
        List.of(EXAMPLES),
        (IngestItem item) -> {
          if (item instanceof RawDocument doc) {
            documents.add(doc);
          }
        });
    Pipeline pipeline = Pipeline.standard(Until.GROUP, Models.shared(), null);
    List<ArticleResult> alone = documents.stream().map(pipeline::analyse).toList();

    assertThat(batch.saved).hasSize(12);
    assertThat(alone).containsExactlyElementsOf(batch.saved);
  }

  /** A store that keeps what it is given, in memory. */
  private static final class CapturingStore implements CorpusStore {
    final List<ArticleResult> saved = new ArrayList<>();
    private StoryIndexState stories = StoryIndexState.EMPTY;

    @Override
    public List<ArticleResult> results() {
      return List.of();
    }

    @Override
    public void save(ArticleResult result) {
      saved.add(result);
    }

    @Override
    public StoryIndexState stories() {
      return stories;
    }

    @Override
    public void saveStories(StoryIndexState state) {
      stories = state;
    }
  }
}
