package dev.parallax.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads this package's tab-separated resources; a broken resource is a broken build. */
final class EventTsv {
  private EventTsv() {}

  static List<String[]> read(String name, int width) {
    InputStream in = EventTsv.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing resource " + name);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String[]> rows =
          reader
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#"))
              .map(l -> l.split("\t"))
              .toList();
      for (String[] row : rows) {
        if (row.length != width) {
          throw new IllegalStateException(
              name + ": expected " + width + " columns: " + String.join(" | ", row));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
