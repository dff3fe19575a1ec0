package dev.parallax.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the bundled knowledge files (word lists, patterns, lexicons): the content lines of a UTF-8
 * resource, with blank lines and {@code #} comments skipped, or its tab-separated rows.
 */
public final class ResourceLines {
  private ResourceLines() {}

  /**
   * The content lines of resource {@code name}, resolved like {@link Class#getResourceAsStream}
   * beside {@code anchor}.
   *
   * @throws IllegalStateException when the resource is missing: the resources are part of the
   *     build, so this is a broken build, not bad input
   */
  public static List<String> read(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "missing resource " + name + " beside " + anchor.getName() + ": a broken build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /**
   * The tab-separated rows of resource {@code name} beside {@code anchor}.
   *
   * @throws IllegalStateException when the resource is missing or a row has fewer than {@code
   *     columns} columns: a broken build, not bad input
   */
  public static List<String[]> rows(Class<?> anchor, String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : read(anchor, name)) {
      String[] cols = line.split("\t");
      if (cols.length < columns) {
        throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
      }
      rows.add(cols);
    }
    return List.copyOf(rows);
  }
}
