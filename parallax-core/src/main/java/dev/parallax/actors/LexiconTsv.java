package dev.parallax.actors;

import dev.parallax.resources.ResourceLines;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the resolver's word lists beside this package: tab-separated rows after a header row,
 * {@code #} comments and blank lines skipped.
 */
final class LexiconTsv {
  private LexiconTsv() {}

  /**
   * The rows of resource {@code name} below its header.
   *
   * @throws IllegalStateException when the resource is missing or a row has another width: a broken
   *     build, not bad input
   */
  static List<String[]> rows(String name, int columns) {
    List<String> lines = ResourceLines.read(LexiconTsv.class, name);
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      String[] cells = line.split("\t", -1);
      if (cells.length != columns) {
        throw new IllegalStateException("bad line in " + name + ": " + line);
      }
      rows.add(cells);
    }
    return rows.isEmpty() ? List.of() : List.copyOf(rows.subList(1, rows.size()));
  }
}
