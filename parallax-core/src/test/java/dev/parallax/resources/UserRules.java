package dev.parallax.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds rules with a user's file for one table, for tests of the lexicons that read it. */
public final class UserRules {
  private UserRules() {}

  /**
   * The bundled rules with {@code lines} (a header row, then rows) as the user's file of {@code
   * spec}, written into a new folder under {@code dir}.
   */
  public static Rules over(Path dir, TableSpec spec, String... lines) throws IOException {
    Path folder = Files.createTempDirectory(dir, "rules");
    Path file = folder.resolve(spec.path());
    Files.createDirectories(file.getParent());
    Files.write(file, List.of(lines));
    return Rules.layered(List.of(spec), folder, List.of());
  }
}
