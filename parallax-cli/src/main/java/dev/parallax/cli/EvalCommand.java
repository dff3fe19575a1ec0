package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval}: scores a stage on a public gold set and prints the standard metric. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a stage on a public gold set. Each task prints, as its last line, one JSON object"
          + " with its figures, so anyone can check a claim.",
      ""
    },
    subcommands = {EvalCleanCommand.class, EvalNerCommand.class, EvalQuotesCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name an evaluation task");
  }
}
