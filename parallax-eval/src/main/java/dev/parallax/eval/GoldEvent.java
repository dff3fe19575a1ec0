package dev.parallax.eval;

import java.util.Set;

/**
 * A reference event of an events gold set.
 *
 * @param sources actor codes that may stand as source (several for a joint actor)
 * @param targets actor codes that may stand as target; empty when the gold names none
 * @param code CAMEO code, or null when the gold gives only a PLOVER type
 * @param plover PLOVER event type, or null when the gold gives only a CAMEO code
 */
public record GoldEvent(Set<String> sources, Set<String> targets, String code, String plover) {
  public GoldEvent {
    sources = Set.copyOf(sources);
    targets = Set.copyOf(targets);
    if (code == null && plover == null) {
      throw new IllegalArgumentException("a gold event needs a CAMEO code or a PLOVER type");
    }
  }
}
