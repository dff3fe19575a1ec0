package dev.parallax.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a user's rule files for tests of rules layered over the bundled ones. */
public final class UserRules {
  private UserRules() {}

  /** Writes {@code text} to {@code relative} under the rules folder {@code dir}. */
  public static Path write(Path dir, String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
