package dev.parallax.ingest;

import dev.parallax.model.ContentId;
import dev.parallax.model.Rejection;

/** The rejections ingest records, with reasons worded for the person who gave the input. */
final class Rejections {
  private Rejections() {}

  static Rejection of(String source, String reason) {
    return new Rejection(ContentId.of('r', source), source, reason);
  }

  static Rejection tooLarge(String source, long size, IngestOptions options) {
    return of(
        source,
        String.format(
            "too large: %.1f MB, the limit is %.1f MB per document",
            size / 1e6, options.maxDocumentBytes() / 1e6));
  }

  /** For streams whose size is known only by reading them (compressed files, archive records). */
  static Rejection tooLargeDecompressed(String source, IngestOptions options) {
    return of(
        source,
        String.format(
            "too large: more than %.1f MB once decompressed, the limit per document",
            options.maxDocumentBytes() / 1e6));
  }

  static Rejection unreadable(String source, Exception e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return of(source, "unreadable: " + detail);
  }

  static Rejection unsupported(String source) {
    return of(
        source,
        "unsupported file type (expected .txt, .html, .htm, optionally .gz-compressed, .jsonl,"
            + " .jsonl.gz, .warc, .warc.gz, .rss, .atom or .xml)");
  }
}
