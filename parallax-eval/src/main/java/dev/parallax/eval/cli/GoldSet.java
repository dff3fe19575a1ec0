package dev.parallax.eval.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data} option of every evaluation task (and of {@code bench clean}): where the gold
 * set is, a folder or a file as the command's description says. A picocli mixin, so the option is
 * declared once; each command checks the layout it needs.
 */
public final class GoldSet {
  @Option(
      names = "--data",
      paramLabel = "PATH",
      required = true,
      description = "The gold set: the folder or file the description above names.")
  Path path;

  /** The path given with {@code --data}. */
  public Path path() {
    return path;
  }
}
