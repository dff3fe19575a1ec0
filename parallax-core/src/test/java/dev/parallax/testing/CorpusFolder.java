package dev.parallax.testing;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus folder with a {@code manifest.csv} (the bundled examples, the seeds), as articles: the
 * reading that the product's corpus tests start from. It is the reading of {@code parallax-eval}'s
 * {@code CorpusFolder}, which core's tests cannot reach (that module depends on this one).
 */
public final class CorpusFolder {
  private CorpusFolder() {}

  /**
   * The folder's inputs, ingested with its manifest and cleaned, in ingest order; rejected inputs
   * are left out.
   *
   * @throws IOException when the manifest cannot be read
   */
  public static List<Article> articles(Path dir) throws IOException {
    Ingestor ingestor =
        new Ingestor(Manifest.read(dir.resolve("manifest.csv")), IngestOptions.DEFAULTS);
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    ingestor.read(
        List.of(dir),
        item -> {
          if (item instanceof RawDocument doc && cleaner.clean(doc) instanceof Article article) {
            out.add(article);
          }
        });
    return out;
  }
}
