package dev.parallax.testing;

import dev.parallax.pipeline.RuleTables;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a user's rule files for tests of rules layered over the bundled ones. */
public final class UserRules {
  private UserRules() {}

  /**
   * The bundled rules with {@code text} as the user's file {@code relative} (for example {@code
   * coverage/tone-words.tsv}) in the rules folder {@code dir}, checked against every table.
   */
  public static Rules layered(Path dir, String relative, String text) throws IOException {
    write(dir, relative, text);
    return Rules.layered(RuleTables.ALL, dir, List.of());
  }

  /**
   * The bundled rules with {@code lines} (a header row, then rows) as the user's file of {@code
   * spec}, written into a new folder under {@code dir}.
   */
  public static Rules over(Path dir, TableSpec spec, String... lines) throws IOException {
    Path folder = Files.createTempDirectory(dir, "rules");
    write(folder, spec.path(), String.join("\n", lines) + "\n");
    return Rules.layered(List.of(spec), folder, List.of());
  }

  /** Writes {@code text} to {@code relative} under the rules folder {@code dir}. */
  public static Path write(Path dir, String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
