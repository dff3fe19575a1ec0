package dev.parallax.annotate;

import dev.parallax.resources.ResourceLines;
import java.util.ArrayList;
import java.util.List;

/** Reads the bundled word lists: tab-separated rows, {@code #} comments and blank lines skipped. */
final class TsvResource {
  private TsvResource() {}

  /**
   * The rows of a resource beside this package's classes.
   *
   * @throws IllegalStateException when the resource is missing or a row has another width: a broken
   *     build, not bad input
   */
  static List<String[]> rows(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : ResourceLines.read(TsvResource.class, name)) {
      String[] cols = line.split("\t");
      if (cols.length != columns) {
        throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
      }
      rows.add(cols);
    }
    return rows;
  }
}
