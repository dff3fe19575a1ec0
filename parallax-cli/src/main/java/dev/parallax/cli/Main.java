package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    usageHelpAutoWidth = true,
    footer = {
      "",
      "Examples:",
      "  parallax analyze --out out examples/",
      "  parallax analyze --manifest corpus/manifest.csv --until clean corpus/",
      "  parallax analyze --help",
      "  parallax kb show \"the Kremlin\"",
      "",
      "Exit codes: 0 done; 1 done, but some inputs were rejected; 2 usage error;",
      "3 the run failed.",
      "",
      "--quiet and --verbose work before every command (parallax --quiet eval ...)",
      "and after analyze (parallax analyze --quiet ...). By default libraries'",
      "warnings (CoreNLP's \"Untokenizable\", ...) are not printed.",
    },
    subcommands = {
      AnalyzeCommand.class,
      ImportCommand.class,
      KbCommand.class,
      RulesCommand.class,
      ExportCommand.class,
      StatsCommand.class,
      IndexCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Exit code when the run finished but some inputs were rejected. */
  static final int EXIT_REJECTED = 1;

  /** Exit code when the run could not finish (for example, the output folder is not writable). */
  static final int EXIT_FAILED = 3;

  static {
    // SLF4J's own notes (several providers found, which one it bound) are library chatter too,
    // printed when it starts, before the arguments are read: errors only, unless set otherwise.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin(name = Verbosity.MIXIN)
  Verbosity.Options verbosity;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command with its handlers and every {@link CommandSet}'s commands, ready to execute. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    // eval and bench, when parallax-eval is on the class path; before the handlers, which are
    // set on the subcommands present when they are set
    for (CommandSet set : ServiceLoader.load(CommandSet.class)) {
      set.commands().forEach(cli::addSubcommand);
    }
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionStrategy(TerminalLog::configureThenRun);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          LOG.debug("run failed", e);
          commandLine.getErr().println("parallax: failed: " + describe(e));
          return EXIT_FAILED;
        });
    return cli;
  }

  /** A usage error: the reason and where to read more, not the whole manual. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("parallax: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    return cmd.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** The cause in words: an I/O error's message alone is often just a path. */
  private static String describe(Exception e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder: " + message;
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "exists and is not a folder: " + message;
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied: " + message;
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + ": " + fs.getFile();
    }
    return message.isEmpty() ? e.getClass().getSimpleName() : message;
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
