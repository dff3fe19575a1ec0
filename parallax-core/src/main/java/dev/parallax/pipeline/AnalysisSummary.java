package dev.parallax.pipeline;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a run did, for the summary lines and the exit code.
 *
 * @param articles accepted articles in the output, stored ones included
 * @param rejected inputs rejected by this run
 * @param stored how many of {@code articles} came from a store, not analysed again
 * @param diagnostics how many problems the stages met and went on from ({@code diagnostics.jsonl})
 * @param stages time spent in each stage, summed over worker threads, in the order they ran
 * @param rejections this run's rejections grouped by reason, the most frequent first; their counts
 *     sum to {@code rejected}
 * @param diagnosticsByStage how many diagnostics each stage reported, in stage order, only stages
 *     with any; the counts sum to {@code diagnostics}
 * @param notAnalysed how many of this run's articles the English-only stages did not analyse, by
 *     why ({@code language ru}, {@code Cyrillic script}); those articles are in the output, cleaned
 *     and dated, each with a diagnostic
 * @param stagesCpu CPU time of the threads running each stage, summed, in the order they ran (the
 *     garbage collector's and compiler's threads, which no stage owns, not counted); empty when not
 *     measured
 */
public record AnalysisSummary(
    int articles,
    int rejected,
    int stored,
    int diagnostics,
    Duration elapsed,
    Map<String, Duration> stages,
    List<Rejected> rejections,
    Map<String, Integer> diagnosticsByStage,
    Map<String, Integer> notAnalysed,
    Map<String, Duration> stagesCpu) {
  /** How many reasons {@link #rejectionLine()} names before it sums up the rest. */
  static final int REASONS_SHOWN = 5;

  public AnalysisSummary {
    stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    rejections = List.copyOf(rejections);
    diagnosticsByStage = Collections.unmodifiableMap(new LinkedHashMap<>(diagnosticsByStage));
    notAnalysed = Collections.unmodifiableMap(new LinkedHashMap<>(notAnalysed));
    stagesCpu = Collections.unmodifiableMap(new LinkedHashMap<>(stagesCpu));
    if (rejections.stream().mapToInt(Rejected::count).sum() != rejected) {
      throw new IllegalArgumentException("the rejections by reason do not sum to " + rejected);
    }
    if (diagnosticsByStage.values().stream().mapToInt(Integer::intValue).sum() != diagnostics) {
      throw new IllegalArgumentException("the diagnostics by stage do not sum to " + diagnostics);
    }
  }

  /** A summary of a run whose articles were all analysed, without the stages' CPU time. */
  public AnalysisSummary(
      int articles,
      int rejected,
      int stored,
      int diagnostics,
      Duration elapsed,
      Map<String, Duration> stages,
      List<Rejected> rejections,
      Map<String, Integer> diagnosticsByStage) {
    this(
        articles,
        rejected,
        stored,
        diagnostics,
        elapsed,
        stages,
        rejections,
        diagnosticsByStage,
        Map.of(),
        Map.of());
  }

  /** How many of this run's articles were not analysed, whatever why. */
  public int notAnalysedCount() {
    return notAnalysed.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Why articles were not analysed, with how many, e.g. {@code 2 language ru, 1 Cyrillic script};
   * empty when every article was.
   */
  public String notAnalysedLine() {
    return notAnalysed.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  /**
   * The inputs rejected for one reason.
   *
   * @param reason the reason without its particulars: {@code no article text found}, {@code empty
   *     input}, {@code duplicate}, {@code too large}, ...
   * @param count how many inputs were rejected for it
   * @param sources the first few of them, in input order, as {@code articles.jsonl} names them
   */
  public record Rejected(String reason, int count, List<String> sources) {
    public Rejected {
      java.util.Objects.requireNonNull(reason, "reason");
      sources = List.copyOf(sources);
      if (count < 1 || sources.size() > count) {
        throw new IllegalArgumentException(
            "count " + count + " with " + sources.size() + " sources");
      }
    }
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
    return timeLine(stages);
  }

  /**
   * The CPU time of the threads running each stage, as {@link #stageLine}; empty when not measured.
   */
  public String stageCpuLine() {
    return timeLine(stagesCpu);
  }

  private static String timeLine(Map<String, Duration> times) {
    return times.entrySet().stream()
        .map(
            e ->
                String.format(
                    Locale.ROOT, "%s %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
        .collect(Collectors.joining(", "));
  }

  /**
   * The rejections by reason with their first sources, e.g. {@code 2 no article text found (a.html,
   * b.html), 1 empty input (c.txt)}; after five reasons the rest are summed up. Empty when nothing
   * was rejected.
   */
  public String rejectionLine() {
    String shown =
        rejections.stream()
            .limit(REASONS_SHOWN)
            .map(
                r ->
                    String.format(
                        Locale.ROOT,
                        "%d %s (%s%s)",
                        r.count(),
                        r.reason(),
                        String.join(", ", r.sources()),
                        r.count() > r.sources().size() ? ", ..." : ""))
            .collect(Collectors.joining(", "));
    List<Rejected> rest = rejections.stream().skip(REASONS_SHOWN).toList();
    if (rest.isEmpty()) {
      return shown;
    }
    return String.format(
        Locale.ROOT,
        "%s, and %d for %d other reasons",
        shown,
        rest.stream().mapToInt(Rejected::count).sum(),
        rest.size());
  }

  /** The diagnostics by stage, e.g. {@code annotate 3, quotes 1}; empty when there are none. */
  public String diagnosticLine() {
    return diagnosticsByStage.entrySet().stream()
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }
}
