package dev.parallax.annotate;

import java.util.Objects;

/**
 * A Universal Dependencies edge between two tokens of one sentence.
 *
 * @param governor token index of the head, or -1 for the root edge
 * @param dependent token index of the dependent
 * @param relation UD relation with subtype ({@code nsubj}, {@code obl:agent}, {@code root})
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("invalid edge " + governor + " -> " + dependent);
    }
  }
}
