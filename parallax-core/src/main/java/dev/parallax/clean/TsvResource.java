package dev.parallax.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated resource file of this package: '#' comments and blank lines skipped. */
final class TsvResource {
  private TsvResource() {}

  /** The rows of {@code name}, each split on tabs; fails fast when the file is missing. */
  static List<String[]> rows(String name) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = TsvResource.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is part of the build but missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.strip().split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name + " is part of the build", e);
    }
    return List.copyOf(rows);
  }
}
