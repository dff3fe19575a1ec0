package dev.parallax.pipeline;

import java.time.Duration;

/** What a run did, for the summary line and the exit code. */
public record AnalysisSummary(int articles, int rejected, Duration elapsed) {
  public String line() {
    return String.format(
        "%d articles, %d rejected, %.1f s", articles, rejected, elapsed.toMillis() / 1000.0);
  }
}
