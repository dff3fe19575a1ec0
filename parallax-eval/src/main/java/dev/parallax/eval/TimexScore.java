package dev.parallax.eval;

import java.util.List;

/**
 * TIMEX3 counts the TempEval-3 way, summed over documents. A relaxed match is a one-to-one pairing
 * of a gold and a system TIMEX3 whose extents overlap; a strict match has equal extents. Value (and
 * type) are credited on relaxed matches only, so value F1 is the F1 whose true positives need
 * overlap and an equal value.
 *
 * @param gold gold TIMEX3s
 * @param system system TIMEX3s
 * @param strict exact-extent matches
 * @param relaxed overlapping matches
 * @param value relaxed matches with an equal value
 * @param type relaxed matches with an equal type
 */
public record TimexScore(int gold, int system, int strict, int relaxed, int value, int type) {
  public static final TimexScore ZERO = new TimexScore(0, 0, 0, 0, 0, 0);

  /** Scores one document's system TIMEX3s against its gold ones. */
  public static TimexScore of(List<TimexSpan> gold, List<TimexSpan> system) {
    int strict = 0;
    for (TimexSpan g : gold) {
      if (system.stream().anyMatch(s -> s.start() == g.start() && s.end() == g.end())) {
        strict++;
      }
    }
    int[] partners = partners(gold, system);
    int relaxed = 0;
    int value = 0;
    int type = 0;
    for (int i = 0; i < gold.size(); i++) {
      if (partners[i] < 0) {
        continue;
      }
      TimexSpan g = gold.get(i);
      TimexSpan s = system.get(partners[i]);
      relaxed++;
      value += g.value() != null && g.value().equals(s.value()) ? 1 : 0;
      type += g.type() != null && g.type().equals(s.type()) ? 1 : 0;
    }
    return new TimexScore(gold.size(), system.size(), strict, relaxed, value, type);
  }

  /**
   * The relaxed matches: for each gold TIMEX3, in order, the index of the system one paired with it
   * (the unused overlapping one sharing most characters), or -1.
   */
  public static int[] partners(List<TimexSpan> gold, List<TimexSpan> system) {
    boolean[] used = new boolean[system.size()];
    int[] partners = new int[gold.size()];
    for (int i = 0; i < gold.size(); i++) {
      partners[i] = bestPartner(gold.get(i), system, used);
      if (partners[i] >= 0) {
        used[partners[i]] = true;
      }
    }
    return partners;
  }

  // The unused overlapping system span sharing most characters with the gold one.
  private static int bestPartner(TimexSpan g, List<TimexSpan> system, boolean[] used) {
    int best = -1;
    int bestShared = 0;
    for (int i = 0; i < system.size(); i++) {
      TimexSpan s = system.get(i);
      int shared = Math.min(g.end(), s.end()) - Math.max(g.start(), s.start());
      if (!used[i] && shared > bestShared) {
        best = i;
        bestShared = shared;
      }
    }
    return best;
  }

  /** The sum of per-document scores. */
  public static TimexScore sum(List<TimexScore> documents) {
    TimexScore total = ZERO;
    for (TimexScore s : documents) {
      total = total.plus(s);
    }
    return total;
  }

  /** 95% intervals of strict, relaxed and value F1. */
  public record Intervals(
      CleanEvaluation.Interval strictF1,
      CleanEvaluation.Interval relaxedF1,
      CleanEvaluation.Interval valueF1) {}

  /**
   * Percentile bootstrap over documents: {@code rounds} resamples of {@code documents} (with
   * replacement, seeded), each summed; the 2.5th and 97.5th percentiles of strict, relaxed and
   * value F1.
   */
  public static Intervals bootstrap(List<TimexScore> documents, int rounds, long seed) {
    List<CleanEvaluation.Interval> ci =
        CleanEvaluation.bootstrap(
            documents,
            rounds,
            seed,
            sample -> {
              TimexScore s = sum(sample);
              return new double[] {s.strictF1(), s.relaxedF1(), s.valueF1()};
            });
    return new Intervals(ci.get(0), ci.get(1), ci.get(2));
  }

  public TimexScore plus(TimexScore o) {
    return new TimexScore(
        gold + o.gold,
        system + o.system,
        strict + o.strict,
        relaxed + o.relaxed,
        value + o.value,
        type + o.type);
  }

  public double strictF1() {
    return f1(strict);
  }

  public double relaxedF1() {
    return f1(relaxed);
  }

  public double valueF1() {
    return f1(value);
  }

  public double relaxedPrecision() {
    return system == 0 ? 0 : (double) relaxed / system;
  }

  public double relaxedRecall() {
    return gold == 0 ? 0 : (double) relaxed / gold;
  }

  /** Share of relaxed matches whose type is right. */
  public double typeAccuracy() {
    return relaxed == 0 ? 0 : (double) type / relaxed;
  }

  /** Share of relaxed matches whose value is right. */
  public double valueAccuracy() {
    return relaxed == 0 ? 0 : (double) value / relaxed;
  }

  private double f1(int hits) {
    double p = system == 0 ? 0 : (double) hits / system;
    double r = gold == 0 ? 0 : (double) hits / gold;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
