package dev.parallax.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Value accuracy per expression class for several taggers on the same documents: for each class (of
 * the gold TIMEX3's text), the gold TIMEX3s, how many each tagger matches (relaxed, as {@link
 * TimexScore} pairs them) and how many of those have the gold value; and per class of the system
 * expression's text, each tagger's spurious expressions. Not thread-safe: one run adds to it.
 */
public final class TimexClassTally {
  private record Counts(int[] matched, int[] valued, int[] spurious) {}

  private final List<String> taggers;
  private final UnaryOperator<String> classOf;
  private final Map<String, Integer> gold = new TreeMap<>();
  private final Map<String, Counts> counts = new TreeMap<>();

  /**
   * @param taggers the taggers' names, in the order {@link #add} gets their expressions
   * @param classOf the class of an expression's text
   */
  public TimexClassTally(List<String> taggers, UnaryOperator<String> classOf) {
    this.taggers = List.copyOf(taggers);
    this.classOf = classOf;
  }

  /** Adds one document: {@code systems} holds each tagger's expressions, in constructor order. */
  public void add(TimemlDocument doc, List<List<TimexSpan>> systems) {
    if (systems.size() != taggers.size()) {
      throw new IllegalArgumentException(systems.size() + " systems for " + taggers.size());
    }
    List<TimexSpan> golds = doc.timexes();
    for (TimexSpan g : golds) {
      String name = classOf.apply(text(doc, g));
      counts(name);
      gold.merge(name, 1, Integer::sum);
    }
    for (int t = 0; t < systems.size(); t++) {
      List<TimexSpan> system = systems.get(t);
      int[] partners = TimexScore.partners(golds, system);
      boolean[] paired = new boolean[system.size()];
      for (int i = 0; i < golds.size(); i++) {
        if (partners[i] >= 0) {
          paired[partners[i]] = true;
          Counts c = counts(classOf.apply(text(doc, golds.get(i))));
          c.matched()[t]++;
          String value = system.get(partners[i]).value();
          c.valued()[t] += value != null && value.equals(golds.get(i).value()) ? 1 : 0;
        }
      }
      for (int i = 0; i < system.size(); i++) {
        if (!paired[i]) {
          counts(classOf.apply(text(doc, system.get(i)))).spurious()[t]++;
        }
      }
    }
  }

  /**
   * One line per class, most gold first: the gold count, and per tagger matched / with the gold
   * value / spurious.
   */
  public List<String> lines() {
    Map<String, Integer> order = new LinkedHashMap<>();
    counts.keySet().stream()
        .sorted((a, b) -> Integer.compare(gold.getOrDefault(b, 0), gold.getOrDefault(a, 0)))
        .forEach(k -> order.put(k, gold.getOrDefault(k, 0)));
    List<String> out = new ArrayList<>();
    order.forEach(
        (name, n) -> {
          StringBuilder b =
              new StringBuilder(String.format(Locale.ROOT, "class %-10s gold %4d", name, n));
          Counts c = counts.get(name);
          for (int t = 0; t < taggers.size(); t++) {
            b.append(
                String.format(
                    Locale.ROOT,
                    " | %s matched %4d value %4d spurious %3d",
                    taggers.get(t),
                    c.matched()[t],
                    c.valued()[t],
                    c.spurious()[t]));
          }
          out.add(b.toString());
        });
    return out;
  }

  private Counts counts(String name) {
    int n = taggers.size();
    return counts.computeIfAbsent(name, k -> new Counts(new int[n], new int[n], new int[n]));
  }

  private static String text(TimemlDocument doc, TimexSpan t) {
    return doc.text().substring(t.start(), t.end());
  }
}
