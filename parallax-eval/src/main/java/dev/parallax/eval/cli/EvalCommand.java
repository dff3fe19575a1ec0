package dev.parallax.eval.cli;

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
    subcommands = {
      EvalCleanCommand.class,
      EvalNerCommand.class,
      EvalTimexCommand.class,
      EvalActorsCommand.class,
      EvalEventsCommand.class,
      EvalStoriesCommand.class,
      EvalLabelsCommand.class,
      EvalQuotesCommand.class,
      EvalCopiesCommand.class
    })
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Puts {@code prefix_f1}, {@code prefix_precision} and {@code prefix_recall}, rounded. */
  static void putPrf(java.util.Map<String, Object> line, String prefix, dev.parallax.eval.Prf prf) {
    line.put(prefix + "_f1", EvalCleanCommand.round(prf.f1()));
    line.put(prefix + "_precision", EvalCleanCommand.round(prf.precision()));
    line.put(prefix + "_recall", EvalCleanCommand.round(prf.recall()));
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name an evaluation task");
  }
}
