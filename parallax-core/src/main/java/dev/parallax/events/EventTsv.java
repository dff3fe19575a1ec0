package dev.parallax.events;

import dev.parallax.resources.ResourceLines;
import java.util.List;

/** Reads this package's tab-separated resources; a broken resource is a broken build. */
final class EventTsv {
  private EventTsv() {}

  static List<String[]> read(String name, int width) {
    List<String[]> rows = ResourceLines.rows(EventTsv.class, name, width);
    for (String[] row : rows) {
      if (row.length > width) {
        throw new IllegalStateException(
            name + ": expected " + width + " columns: " + String.join(" | ", row));
      }
    }
    return rows;
  }
}
