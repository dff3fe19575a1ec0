package dev.parallax.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    InputStream in = TsvRows.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the build");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        if (cols.length < columns) {
          throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
        }
        rows.add(cols);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " is part of the build", e);
    }
    return rows;
  }
}
