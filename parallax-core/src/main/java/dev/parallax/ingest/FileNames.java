package dev.parallax.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** How readers judge a file by its name. */
final class FileNames {
  private FileNames() {}

  /** Whether the file's name ends with one of {@code suffixes} (lower case), ignoring case. */
  static boolean endsWith(Path file, String... suffixes) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }
}
