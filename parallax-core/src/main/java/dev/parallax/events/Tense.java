package dev.parallax.events;

import dev.parallax.annotate.DependencyTree;
import java.util.Set;

/**
 * Tense and clause of a trigger over a Penn-tagged dependency parse: which verb heads the trigger's
 * clause, whether that clause reports the past, and which verb clause lies nearest to a character
 * offset. Stateless and thread-safe.
 */
final class Tense {
  private static final Set<String> AUXILIARY = Set.of("aux", "aux:pass", "cop");

  private Tense() {}

  /** The verb heading the trigger's clause: the trigger itself or its nearest verb ancestor. */
  static int clause(DependencyTree g, int trigger) {
    int i = trigger;
    for (int steps = 0; i >= 0 && steps < g.size(); steps++) {
      if (isClauseVerb(g, i)) {
        return i;
      }
      i = g.head(i);
    }
    return -1;
  }

  /**
   * Whether the clause reports the past: a past-tense verb, a participle without auxiliary ("the
   * diplomats expelled in May"), or a past auxiliary ("was expelled", "had expelled", "did not").
   */
  static boolean isPast(DependencyTree g, int verb) {
    String pos = g.pos(verb);
    if (pos.equals("VBD")) {
      return true;
    }
    boolean auxiliary = false;
    for (int c : g.children(verb)) {
      if (AUXILIARY.contains(g.relation(c))) {
        auxiliary = true;
        if (g.pos(c).equals("VBD")) {
          return true;
        }
      }
    }
    return pos.equals("VBN") && !auxiliary;
  }

  /** The clause verb whose token lies nearest to the character offset, or -1 when none. */
  static int nearestClause(DependencyTree g, int offset) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < g.size(); i++) {
      if (!isClauseVerb(g, i)) {
        continue;
      }
      int distance = Math.abs(g.token(i).start() - offset);
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static boolean isClauseVerb(DependencyTree g, int i) {
    return g.pos(i).startsWith("VB") && !AUXILIARY.contains(g.relation(i));
  }
}
