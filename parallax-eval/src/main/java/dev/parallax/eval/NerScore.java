package dev.parallax.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score of a name tagger on a CoNLL-2003 file, entity-level exact match as conlleval counts.
 *
 * @param total counts over all types
 * @param byType counts per CoNLL type ({@code PER}, {@code ORG}, {@code LOC}, {@code MISC})
 * @param documents documents read
 * @param sentences sentences read
 * @param tokens tokens read
 */
public record NerScore(
    EntityCounts total,
    Map<String, EntityCounts> byType,
    int documents,
    int sentences,
    int tokens) {
  public NerScore {
    byType = Map.copyOf(byType);
  }

  /** The summary line: {@code n} is the number of gold entities, the denominator of recall. */
  public Map<String, Object> summary() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("task", "ner");
    out.put("f1", round(total.f1()));
    out.put("precision", round(total.precision()));
    out.put("recall", round(total.recall()));
    out.put("n", total.gold());
    return out;
  }

  /** Human-readable lines: totals and one line per type, conlleval-like. */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "documents %d, sentences %d, tokens %d; gold %d, predicted %d, correct %d%n",
            documents,
            sentences,
            tokens,
            total.gold(),
            total.predicted(),
            total.correct()));
    for (Map.Entry<String, EntityCounts> e : new TreeMap<>(byType).entrySet()) {
      EntityCounts c = e.getValue();
      out.append(
          String.format(
              Locale.ROOT,
              "%-5s precision %.4f recall %.4f f1 %.4f (gold %d)%n",
              e.getKey(),
              c.precision(),
              c.recall(),
              c.f1(),
              c.gold()));
    }
    return out.toString();
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
