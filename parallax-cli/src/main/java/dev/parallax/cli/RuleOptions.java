package dev.parallax.cli;

import dev.parallax.pipeline.RuleTables;
import dev.parallax.resources.Rules;
import dev.parallax.resources.RulesException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --rules DIR} and {@code --kb FILE}: a user's rule files layered over the bundled ones, the
 * same options wherever analysis runs. Read and checked before any work starts.
 */
final class RuleOptions {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description =
          "A folder of your own rule files laid out like the bundled ones (`parallax rules`"
              + " lists them): a row adds, a row with the key of a bundled row replaces it, a row"
              + " whose first cell starts with ! removes it. Example: --rules my-rules/")
  Path rulesFolder;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description =
          "A knowledge-base file of your own (countries, organisations, metonyms, roles or"
              + " offices, known by its header row) layered over the bundled ones; repeatable."
              + " Example: --kb my-offices.tsv")
  List<Path> kbFiles = new ArrayList<>();

  /**
   * The rules these options name.
   *
   * @throws CommandLine.ParameterException listing every problem in the user's files
   */
  Rules rules(CommandLine commandLine) {
    try {
      return RuleTables.layered(rulesFolder, kbFiles);
    } catch (RulesException e) {
      throw new CommandLine.ParameterException(commandLine, e.getMessage());
    }
  }
}
