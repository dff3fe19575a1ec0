package dev.parallax.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = LexiconTsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException("bad line in " + name + ": " + line);
        }
        if (!header) {
          rows.add(cells);
        }
        header = false;
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
