package dev.parallax.clean;

import dev.parallax.resources.ResourceLines;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource of this package: one row a line, blank and # lines skipped. */
final class TsvRows {
  private TsvRows() {}

  /**
   * @throws IllegalStateException when the resource is missing or a row has fewer than {@code
   *     columns} columns: the resources are part of the build
   */
  static List<String[]> read(String resource, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : ResourceLines.read(TsvRows.class, resource)) {
      String[] cols = line.split("\t");
      if (cols.length < columns) {
        throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
      }
      rows.add(cols);
    }
    return rows;
  }
}
