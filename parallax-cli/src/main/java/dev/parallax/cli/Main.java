package dev.parallax.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code parallax} command. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Reads reports of the same happenings from outlets on different sides and tells what"
          + " happened, who said what, and how each outlet told it, citing the sentence each fact"
          + " was read in.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax analyze --out out examples/",
      "  parallax analyze --manifest corpus/manifest.csv --until clean --out out corpus/",
      "  parallax kb show \"the Kremlin\"",
      "",
      "Exit codes: 0 done; 1 done, but some inputs were rejected; 2 usage error; 3 failed.",
    },
    subcommands = {
      AnalyzeCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      KbCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code when the run finished but some inputs were rejected. */
  static final int EXIT_REJECTED = 1;

  /** Exit code when the run could not finish (for example, the output folder is not writable). */
  static final int EXIT_FAILED = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("parallax: " + e.getMessage());
          return EXIT_FAILED;
        });
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. analyze");
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"parallax " + (v == null ? "(development build)" : v)};
    }
  }
}
