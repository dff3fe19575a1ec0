package dev.parallax.events;

import dev.parallax.annotate.DependencyTree;
import java.util.Set;

/**
 * The span of the phrase a token heads, for finding the actor or the date it names: without
 * clauses, conjuncts and modifiers that name someone else. Stateless and thread-safe.
 */
final class Phrases {
  /** Relations that leave a noun phrase: its span for actor lookup stops there. */
  private static final Set<String> OUTSIDE_PHRASE =
      Set.of("conj", "cc", "acl", "acl:relcl", "punct", "parataxis", "appos", "advcl", "dep");

  /** Prepositions whose phrase names the circumstances of a noun, not what the noun is. */
  private static final Set<String> CIRCUMSTANCE_CASES =
      Set.of("on", "despite", "after", "before", "during", "under", "according");

  private Phrases() {}

  /**
   * Whether {@code i} is a noun's modifier that names circumstances, and so someone else ("the pair
   * [on the orders of the president]").
   */
  static boolean namesSomeoneElse(DependencyTree g, int i) {
    String marker = g.relation(i).startsWith("nmod") ? g.caseLemma(i) : null;
    return marker != null && CIRCUMSTANCE_CASES.contains(marker);
  }

  /**
   * Start and end offsets of the phrase headed by {@code i}, without clauses, conjuncts and
   * modifiers that name someone else ("the pair [on the orders of the president]"); "of", "in",
   * "to" phrases stay ("the Ministry of Foreign Affairs in Chisinau", "assistance to Serbia").
   */
  static int[] span(DependencyTree g, int i) {
    int[] span = {g.token(i).start(), g.token(i).end()};
    for (int c : g.children(i)) {
      if (!OUTSIDE_PHRASE.contains(g.relation(c)) && !namesSomeoneElse(g, c)) {
        int[] inner = span(g, c);
        span[0] = Math.min(span[0], inner[0]);
        span[1] = Math.max(span[1], inner[1]);
      }
    }
    return span;
  }
}
