package dev.parallax.clean;

import dev.parallax.resources.ResourceLines;
import java.util.List;

/** Reads a tab-separated resource file of this package: '#' comments and blank lines skipped. */
final class TsvResource {
  private TsvResource() {}

  /** The rows of {@code name}, each split on tabs; fails fast when the file is missing. */
  static List<String[]> rows(String name) {
    return ResourceLines.read(TsvResource.class, name).stream()
        .map(line -> line.strip().split("\t"))
        .toList();
  }
}
