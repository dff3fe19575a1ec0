package dev.parallax.eval.baseline;

import dev.parallax.eval.TimexSpan;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Parallax's time expressions combined with HeidelTime's on the same text ({@code eval timex
 * --engine COMBINED}): Parallax's extents and values, except where one of two rules, applied in
 * this order, decides otherwise. HeidelTime expressions that overlap no Parallax one are not added.
 * Thread-safe.
 */
public final class TimexCombination {
  /** The rules, in the order they apply to each Parallax expression. */
  public enum Rule {
    /**
     * A HeidelTime expression that holds one or more Parallax expressions and is longer replaces
     * them, extent, type and value ("the year-earlier quarter" for "the year" and "earlier
     * quarter"; "mid-afternoon yesterday" for "yesterday").
     */
    WIDER_EXTENT,
    /**
     * A Parallax expression whose class ({@link TimexClasses}) takes HeidelTime's values takes the
     * type and value of the HeidelTime expression sharing most characters with it.
     */
    CLASS_VALUE
  }

  /**
   * The combined expressions, in text order, and how many times each rule decided.
   *
   * @param spans the combined expressions
   * @param decisions per rule, the Parallax expressions it changed
   */
  public record Combined(List<TimexSpan> spans, Map<Rule, Integer> decisions) {
    public Combined {
      spans = List.copyOf(spans);
      decisions = Map.copyOf(decisions);
    }
  }

  private final TimexClasses classes;

  public TimexCombination(TimexClasses classes) {
    this.classes = classes;
  }

  /**
   * Combines the two engines' expressions in {@code text}.
   *
   * @param text the document text the spans index
   */
  public Combined combine(String text, List<TimexSpan> parallax, List<TimexSpan> heidelTime) {
    List<TimexSpan> out = new ArrayList<>();
    Set<TimexSpan> replacing = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Rule, Integer> decisions = new EnumMap<>(Rule.class);
    for (TimexSpan p : parallax) {
      TimexSpan h = partner(p, heidelTime);
      if (h == null) {
        out.add(p);
      } else if (h.start() <= p.start() && p.end() <= h.end() && length(h) > length(p)) {
        decisions.merge(Rule.WIDER_EXTENT, 1, Integer::sum);
        if (replacing.add(h)) {
          out.add(h);
        }
      } else if (classes.values(classes.classOf(text.substring(p.start(), p.end())))
              == TimexClasses.Values.HEIDELTIME
          && !(h.type().equals(p.type()) && Objects.equals(h.value(), p.value()))) {
        decisions.merge(Rule.CLASS_VALUE, 1, Integer::sum);
        out.add(new TimexSpan(p.start(), p.end(), h.type(), h.value()));
      } else {
        out.add(p);
      }
    }
    out.sort(Comparator.comparingInt(TimexSpan::start).thenComparingInt(TimexSpan::end));
    return new Combined(out, decisions);
  }

  // The HeidelTime expression sharing most characters with p, or null when none overlaps it.
  private static TimexSpan partner(TimexSpan p, List<TimexSpan> heidelTime) {
    TimexSpan best = null;
    int bestShared = 0;
    for (TimexSpan h : heidelTime) {
      int shared = Math.min(p.end(), h.end()) - Math.max(p.start(), h.start());
      if (shared > bestShared) {
        best = h;
        bestShared = shared;
      }
    }
    return best;
  }

  private static int length(TimexSpan s) {
    return s.end() - s.start();
  }
}
