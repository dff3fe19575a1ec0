package dev.parallax.eval.cli;

import dev.parallax.eval.BasilCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The {@code --years FROM-TO} option of the BASIL evaluations: which year folders to read. */
final class BasilYears {
  @Option(
      names = "--years",
      paramLabel = "FROM-TO",
      defaultValue = "1900-2999",
      description = "Only the year folders in this range (default: all).")
  String years;

  /** The BASIL items of the chosen years. */
  List<BasilCorpus.Item> read(Path data, CommandLine commandLine) throws IOException {
    String[] range = years.split("-");
    if (range.length != 2 || !range[0].matches("\\d{4}") || !range[1].matches("\\d{4}")) {
      throw new CommandLine.ParameterException(commandLine, "--years must be FROM-TO");
    }
    return BasilCorpus.read(data, Integer.parseInt(range[0]), Integer.parseInt(range[1]));
  }
}
