package dev.parallax.pipeline;

import dev.parallax.resources.Rules;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run an analysis, built at the edge (the CLI) and passed down typed.
 *
 * @param out folder the JSON Lines files are written to
 * @param until last stage to run
 * @param threads worker threads for the per-article stages
 * @param rules the rule tables the stages read (a user's layered over the bundled ones)
 */
public record AnalysisOptions(Path out, Until until, int threads, Rules rules) {
  public AnalysisOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(rules, "rules");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }

  /** Options for an analysis with the bundled rules. */
  public AnalysisOptions(Path out, Until until, int threads) {
    this(out, until, threads, Rules.bundled());
  }
}
