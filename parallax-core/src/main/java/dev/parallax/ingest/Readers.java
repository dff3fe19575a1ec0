package dev.parallax.ingest;

import java.util.List;

/** The input readers Parallax knows, in the order they are asked. */
final class Readers {
  private Readers() {}

  static List<InputReader> all(IngestOptions options) {
    return List.of(
        new PlainFileReader(options),
        new GzipFileReader(options),
        new JsonLinesReader(options),
        new WarcFileReader(options),
        new FeedReader(options));
  }
}
