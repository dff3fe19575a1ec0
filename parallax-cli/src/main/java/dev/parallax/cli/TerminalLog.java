package dev.parallax.cli;

import java.io.PrintWriter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The terminal's log lines. SLF4J logs through java.util.logging here (slf4j-jdk14), where CoreNLP
 * (its Redwood logging goes to SLF4J), DJL and the libraries that log through java.util.logging
 * themselves (UIMA, ONNX Runtime) meet, so one handler decides what reaches standard error: one
 * line per record, {@code LEVEL logger - message}, filtered by the run's {@link Verbosity}.
 * Configured once per command, after its arguments are parsed and before it runs (so before any
 * model loads).
 */
final class TerminalLog {
  // Held here because java.util.logging keeps loggers only weakly: a logger that is collected and
  // made again has forgotten the level set on it.
  private static final Logger ROOT = Logger.getLogger("");
  private static final Logger PARALLAX = Logger.getLogger("dev.parallax");

  private static volatile Verbosity verbosity = Verbosity.NORMAL;

  private TerminalLog() {}

  /**
   * The execution strategy of the {@code parallax} command: sets up the terminal for the verbosity
   * asked for, then runs the command.
   */
  static int configureThenRun(ParseResult parsed) {
    configure(Verbosity.of(parsed), parsed.commandSpec().commandLine().getErr());
    return new CommandLine.RunLast().execute(parsed);
  }

  /** Sends every log record of at least {@code chosen}'s levels to {@code err}, and no other. */
  static void configure(Verbosity chosen, PrintWriter err) {
    LogManager.getLogManager().reset();
    ROOT.setLevel(chosen.libraries);
    PARALLAX.setLevel(chosen.parallax);
    ROOT.addHandler(new LineHandler(err, chosen == Verbosity.VERBOSE));
    verbosity = chosen;
  }

  /** The verbosity of the command running (or last run) in this JVM. */
  static Verbosity verbosity() {
    return verbosity;
  }

  /** One line per record; a logged exception's stack trace only when verbose. */
  private static final class LineHandler extends Handler {
    private final PrintWriter err;
    private final boolean traces;
    private final SimpleFormatter messages = new SimpleFormatter();

    LineHandler(PrintWriter err, boolean traces) {
      this.err = err;
      this.traces = traces;
      setLevel(Level.ALL);
    }

    @Override
    public synchronized void publish(LogRecord record) {
      if (!isLoggable(record)) {
        return;
      }
      Throwable thrown = record.getThrown();
      String message = messages.formatMessage(record);
      if (thrown != null && !traces) {
        message += " (" + thrown + ")";
      }
      err.println(name(record.getLevel()) + " " + record.getLoggerName() + " - " + message);
      if (thrown != null && traces) {
        thrown.printStackTrace(err); // the logger rendering what it was given to log
      }
      err.flush();
    }

    /** SLF4J's level names, which slf4j-jdk14 maps to these. */
    private static String name(Level level) {
      int v = level.intValue();
      if (v >= Level.SEVERE.intValue()) {
        return "ERROR";
      }
      if (v >= Level.WARNING.intValue()) {
        return "WARN";
      }
      if (v >= Level.INFO.intValue()) {
        return "INFO";
      }
      return v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    @Override
    public void flush() {
      err.flush();
    }

    @Override
    public void close() {
      flush();
    }
  }
}
