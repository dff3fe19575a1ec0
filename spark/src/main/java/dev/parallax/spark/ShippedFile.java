package dev.parallax.spark;

import dev.parallax.ingest.Ingestor.InputFile;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Rejection;
import dev.parallax.model.SourceMetadata;
import java.io.Serializable;

/**
 * One file the driver listed, shipped to an executor that reads it: its number among the run's
 * files and the {@link InputFile} fields ({@link InputFile} is not {@link Serializable}).
 */
final class ShippedFile implements Serializable {
  private static final long serialVersionUID = 1L;

  final int number;
  private final String path;
  private final String source;
  private final boolean inFolder;
  private final String metadata;
  private final String rejection;

  ShippedFile(int number, InputFile file) {
    this.number = number;
    this.path = file.path();
    this.source = file.source();
    this.inFolder = file.inFolder();
    this.metadata = file.metadata() == null ? null : Jsonl.line(file.metadata());
    this.rejection = file.rejected() == null ? null : Jsonl.line(file.rejected());
  }

  InputFile file() {
    return new InputFile(
        path,
        source,
        inFolder,
        metadata == null ? null : Jsonl.read(metadata, SourceMetadata.class),
        rejection == null ? null : Jsonl.read(rejection, Rejection.class));
  }
}
