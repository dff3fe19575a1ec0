package dev.parallax.eval.fuzz;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real documents fuzzing starts from: every document the ingestor reads from some paths. */
public final class FuzzSeeds {
  private FuzzSeeds() {}

  public static List<RawDocument> read(List<Path> paths) throws IOException {
    List<RawDocument> docs = new ArrayList<>();
    new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS)
        .read(
            paths,
            item -> {
              if (item instanceof RawDocument d) {
                docs.add(d);
              }
            });
    return docs;
  }
}
