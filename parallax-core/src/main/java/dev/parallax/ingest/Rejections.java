package dev.parallax.ingest;

import dev.parallax.model.Rejection;

/** The rejections ingest records, with reasons worded for the person who gave the input. */
final class Rejections {
  private Rejections() {}

  /** Longest reason kept: library messages may quote pages of the bad input. */
  static final int MAX_REASON = 200;

  static Rejection of(String source, String reason) {
    return Rejection.of(source, clip(reason), Rejection.INGEST);
  }

  /** The reason's first line, without the input bytes some parsers quote, at most 200 chars. */
  static String clip(String reason) {
    String line = reason.lines().findFirst().orElse("").strip();
    int quote = line.indexOf("<-- HERE -->"); // jwarc's pointer into the bad bytes
    if (quote >= 0) {
      line = line.substring(0, quote).strip();
    }
    if (line.endsWith(":")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON - 3) + "...";
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
    return of(source, "unreadable: " + detail(e));
  }

  /** What went wrong, in the library's words, or the kind of error when it has none. */
  static String detail(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  static Rejection unsupported(String source) {
    return of(
        source,
        "unsupported file type (expected .txt, .html, .htm, optionally .gz-compressed, .jsonl,"
            + " .jsonl.gz, .warc, .warc.gz, .rss, .atom or .xml)");
  }
}
