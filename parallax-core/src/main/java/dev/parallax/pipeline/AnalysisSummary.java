package dev.parallax.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did, for the summary line and the exit code.
 *
 * @param articles accepted articles in the output, stored ones included
 * @param rejected inputs rejected by this run
 * @param stored how many of {@code articles} came from a store, not analysed again
 * @param diagnostics how many problems the stages met and went on from ({@code diagnostics.jsonl})
 * @param stages time spent in each stage, summed over worker threads, in the order they ran
 */
public record AnalysisSummary(
    int articles,
    int rejected,
    int stored,
    int diagnostics,
    Duration elapsed,
    Map<String, Duration> stages) {
  public AnalysisSummary {
    stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
  }

  public String line() {
    String fromStore =
        stored == 0
            ? ""
            : String.format(Locale.ROOT, " (%d new, %d from the store)", articles - stored, stored);
    return String.format(
        Locale.ROOT,
        "%d articles%s, %d rejected, %d diagnostics, %.1f s",
        articles,
        fromStore,
        rejected,
        diagnostics,
        elapsed.toMillis() / 1000.0);
  }

  /** The per-stage breakdown, e.g. {@code clean 0.4 s, annotate 12.1 s}. */
  public String stageLine() {
    return stages.entrySet().stream()
        .map(
            e ->
                String.format(
                    Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
        .collect(Collectors.joining(", "));
  }
}
