package dev.parallax.ingest;

/**
 * Limits that keep ingest memory bounded.
 *
 * @param maxDocumentBytes largest single document (file or archive record) read into memory; a
 *     larger one is rejected with its size
 */
public record IngestOptions(long maxDocumentBytes) {
  /** 16 MiB: far above any news page, far below what would strain a 4 GB heap. */
  public static final IngestOptions DEFAULTS = new IngestOptions(16L << 20);

  public IngestOptions {
    if (maxDocumentBytes <= 0) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive");
    }
  }
}
