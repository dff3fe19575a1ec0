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
 * resource, with blank lines and {@code #} comments skipped. How a line splits into columns is the
 * caller's: each file format checks its own width.
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
}
