package dev.parallax.annotate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return rows(in, name, columns);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String[]> rows(InputStream in, String name, int columns) throws IOException {
    List<String[]> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != columns) {
        throw new IllegalStateException("bad line in " + name + ": " + line);
      }
      rows.add(cols);
    }
    return rows;
  }
}
