package dev.parallax.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts of an events evaluation. A gold event is paired with at most one predicted event of its
 * text (the best by type, then code, then actors); figures derive from the pairs.
 *
 * @param cases texts scored
 * @param gold gold events (the {@code n} of the summary)
 * @param predicted predicted events
 * @param paired gold events paired with some predicted event
 * @param typeCorrect pairs whose type (CAMEO root, or PLOVER type) agrees: the correct events
 * @param codePairs pairs whose gold has a CAMEO code
 * @param codeCorrect of those, pairs whose full CAMEO code agrees
 * @param sourceCorrect correct events whose source actor agrees
 * @param targetPairs correct events whose gold names a target
 * @param targetCorrect of those, events whose target actor agrees
 */
public record EventScore(
    int cases,
    int gold,
    int predicted,
    int paired,
    int typeCorrect,
    int codePairs,
    int codeCorrect,
    int sourceCorrect,
    int targetPairs,
    int targetCorrect) {

  public EventScore plus(EventScore o) {
    return new EventScore(
        cases + o.cases,
        gold + o.gold,
        predicted + o.predicted,
        paired + o.paired,
        typeCorrect + o.typeCorrect,
        codePairs + o.codePairs,
        codeCorrect + o.codeCorrect,
        sourceCorrect + o.sourceCorrect,
        targetPairs + o.targetPairs,
        targetCorrect + o.targetCorrect);
  }

  public static EventScore empty() {
    return new EventScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /** Type (root) accuracy over paired gold events: how often the event we coded has its type. */
  public double rootAccuracy() {
    return ratio(typeCorrect, paired);
  }

  /** Full-code accuracy over paired gold events that have a CAMEO code; NaN when none have. */
  public double codeAccuracy() {
    return codePairs == 0 ? Double.NaN : (double) codeCorrect / codePairs;
  }

  public double precision() {
    return ratio(typeCorrect, predicted);
  }

  public double recall() {
    return ratio(typeCorrect, gold);
  }

  /** Harmonic mean of {@link #precision} and {@link #recall}; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Sum of the scores of several texts. */
  public static EventScore sum(List<EventScore> scores) {
    EventScore total = empty();
    for (EventScore s : scores) {
      total = total.plus(s);
    }
    return total;
  }

  /** Bootstrap 95% intervals of root accuracy and F1. */
  public record Intervals(CleanEvaluation.Interval rootAccuracy, CleanEvaluation.Interval f1) {}

  /**
   * Percentile bootstrap: {@code rounds} resamples of the texts (with replacement, seeded), each
   * summed; the 2.5th and 97.5th percentiles of root accuracy and F1.
   */
  public static Intervals bootstrap(List<EventScore> texts, int rounds, long seed) {
    List<CleanEvaluation.Interval> ci =
        CleanEvaluation.bootstrap(
            texts,
            rounds,
            seed,
            sample -> {
              EventScore s = sum(sample);
              return new double[] {s.rootAccuracy(), s.f1()};
            });
    return new Intervals(ci.get(0), ci.get(1));
  }

  /** The summary line; {@code code_accuracy} is null when the gold has no CAMEO codes. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", "events");
    out.put("root_accuracy", round(rootAccuracy()));
    out.put("code_accuracy", codePairs == 0 ? null : round(codeAccuracy()));
    out.put("source_accuracy", round(ratio(sourceCorrect, typeCorrect)));
    out.put("target_accuracy", round(ratio(targetCorrect, targetPairs)));
    out.put("precision", round(precision()));
    out.put("recall", round(recall()));
    out.put("f1", round(f1()));
    out.put("n", gold);
    return out;
  }

  /** Human-readable counts. */
  public String report() {
    return String.format(
        Locale.ROOT,
        "texts %d; gold events %d, predicted %d, paired %d, type-correct %d; code %d/%d;"
            + " source %d/%d; target %d/%d%n",
        cases,
        gold,
        predicted,
        paired,
        typeCorrect,
        codeCorrect,
        codePairs,
        sourceCorrect,
        typeCorrect,
        targetCorrect,
        targetPairs);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
