package dev.parallax.annotate;

import java.util.Objects;

/**
 * A Universal Dependencies edge between two tokens of one sentence. Sentences carry the basic UD
 * tree (one head per token), not the enhanced graph: a passive agent is an {@code obl} with a
 * {@code case} dependent "by", a conjoined subject is reached through {@code conj}.
 *
 * @param governor token index of the head, or -1 for the root edge
 * @param dependent token index of the dependent
 * @param relation UD relation with subtype ({@code nsubj}, {@code nsubj:pass}, {@code obl:tmod},
 *     {@code root})
 */
public record Dependency(int governor, int dependent, String relation) {
  public Dependency {
    Objects.requireNonNull(relation, "relation");
    if (governor < -1 || dependent < 0) {
      throw new IllegalArgumentException("invalid edge " + governor + " -> " + dependent);
    }
  }
}
