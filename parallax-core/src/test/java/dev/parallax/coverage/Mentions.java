package dev.parallax.coverage;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.model.EntityType;

/** Hand-made actor mentions for the coverage tests. */
final class Mentions {
  private Mentions() {}

  /**
   * A mention of the {@code nth} (from 0) occurrence of {@code text} in {@code body}, of the
   * country {@code key} (its key's id and its name).
   */
  static ActorMention at(
      String body, String text, int nth, String key, String actor, ActorMention.How how) {
    int start = -1;
    for (int i = 0; i <= nth; i++) {
      start = body.indexOf(text, start + 1);
    }
    if (start < 0) {
      throw new IllegalArgumentException("no occurrence " + nth + " of " + text);
    }
    return new ActorMention(
        start,
        start + text.length(),
        text,
        0,
        ActorKey.country(key),
        key,
        EntityType.COUNTRY,
        actor,
        how);
  }

  static ActorMention name(String body, String text, String key) {
    return at(body, text, 0, key, null, ActorMention.How.NAME);
  }
}
