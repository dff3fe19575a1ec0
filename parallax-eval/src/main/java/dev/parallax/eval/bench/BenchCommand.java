package dev.parallax.eval.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax bench}: measures speed and memory of a stage on this machine. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the speed and memory of a stage on this machine. Each benchmark prints, as its"
          + " last line, one JSON object with its figures.",
      ""
    },
    subcommands = {
      BenchIngestCommand.class,
      BenchAnnotateCommand.class,
      BenchCleanCommand.class,
      BenchFuzzCommand.class,
      BenchStoreCommand.class,
      BenchServeCommand.class,
      BenchCorpusCommand.class,
      BenchFeedCommand.class,
      BenchGrowCommand.class
    })
public final class BenchCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark");
  }
}
