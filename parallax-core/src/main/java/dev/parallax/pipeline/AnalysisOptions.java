package dev.parallax.pipeline;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run an analysis, built at the edge (the CLI) and passed down typed.
 *
 * @param out folder the JSON Lines files are written to
 * @param until last stage to run
 * @param threads worker threads for the per-article stages
 */
public record AnalysisOptions(Path out, Until until, int threads) {
  public AnalysisOptions {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(until, "until");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1");
    }
  }
}
