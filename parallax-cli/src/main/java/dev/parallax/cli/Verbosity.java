package dev.parallax.cli;

import java.util.logging.Level;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * How much a run tells the terminal. The default is Parallax's own warnings and errors, the
 * libraries' errors only, and the summary lines; {@code --quiet} leaves errors alone (no summary,
 * no progress line); {@code --verbose} adds the libraries' warnings and info lines (CoreNLP's
 * "Untokenizable", model loading) and Parallax's debug lines (a failed run's stack trace).
 */
enum Verbosity {
  QUIET(Level.SEVERE, Level.SEVERE),
  NORMAL(Level.WARNING, Level.SEVERE),
  VERBOSE(Level.FINE, Level.INFO);

  /** The least severe level logged by Parallax's own loggers ({@code dev.parallax.*}). */
  final Level parallax;

  /** The least severe level logged by every other logger: CoreNLP, DJL, UIMA, ... */
  final Level libraries;

  Verbosity(Level parallax, Level libraries) {
    this.parallax = parallax;
    this.libraries = libraries;
  }

  /** The name the {@link Options} mixin has in every command that declares it. */
  static final String MIXIN = "verbosity";

  /**
   * What the command line asked for: {@code --quiet} or {@code --verbose} given to {@code parallax}
   * or to the command after it.
   *
   * @throws CommandLine.ParameterException when both are given
   */
  static Verbosity of(ParseResult parsed) {
    boolean quiet = false;
    boolean verbose = false;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      CommandSpec mixin = p.commandSpec().mixins().get(MIXIN);
      if (mixin != null && mixin.userObject() instanceof Options o) {
        quiet |= o.quiet;
        verbose |= o.verbose;
      }
    }
    if (quiet && verbose) {
      throw new CommandLine.ParameterException(
          parsed.commandSpec().commandLine(), "--quiet and --verbose cannot be used together");
    }
    return quiet ? QUIET : verbose ? VERBOSE : NORMAL;
  }

  /**
   * {@code --quiet} and {@code --verbose}, mixed into {@code parallax} itself (so they work before
   * any command) and into {@code analyze} (so they also work after it). Not inherited by every
   * subcommand: some {@code eval} tasks have a {@code --verbose} of their own.
   */
  static final class Options {
    @Option(
        names = "--quiet",
        description =
            "Print errors only: no summary, no progress line, no warnings (the exit code still"
                + " tells). Example: parallax --quiet analyze --out out examples/")
    boolean quiet;

    @Option(
        names = "--verbose",
        description =
            "Also print the libraries' warnings and info lines (CoreNLP, ...), hidden by default."
                + " Example: parallax --verbose analyze --out out examples/")
    boolean verbose;
  }
}
