package dev.parallax.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers the paragraphs kept so far and tells a repeat: the same words in the same order (exact
 * after folding case and punctuation), or a near copy (word sets overlapping by {@value #NEAR} or
 * more, for paragraphs long enough for that to mean something). Not thread-safe: one per page.
 */
final class TextRepeats {
  private static final double NEAR = 0.9;
  private static final int NEAR_MIN_WORDS = 8;
  private static final int WINDOW = 100;

  private final Set<String> exact = new HashSet<>();
  private final List<Set<String>> bags = new ArrayList<>();

  /** Whether the line repeats one seen before; if not, remembers it. */
  boolean repeat(TextLine line) {
    if (!exact.add(line.normalized())) {
      return true;
    }
    if (line.words() < NEAR_MIN_WORDS) {
      return false;
    }
    Set<String> bag =
        Set.of(new HashSet<>(List.of(line.normalized().split(" "))).toArray(String[]::new));
    // Near copies sit close together (a pasted paragraph, a pull quote): a window bounds the work.
    for (int k = Math.max(0, bags.size() - WINDOW); k < bags.size(); k++) {
      if (jaccard(bag, bags.get(k)) >= NEAR) {
        return true;
      }
    }
    bags.add(bag);
    return false;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (Math.min(a.size(), b.size()) < NEAR * Math.max(a.size(), b.size())) {
      return 0; // sizes alone keep the overlap below the bar
    }
    int common = 0;
    for (String w : a) {
      common += b.contains(w) ? 1 : 0;
    }
    return (double) common / (a.size() + b.size() - common);
  }
}
