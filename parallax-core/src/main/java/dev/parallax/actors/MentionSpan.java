package dev.parallax.actors;

import dev.parallax.model.EntityType;

/**
 * Where a mention will stand in a body, before what it refers to is known.
 *
 * @param body the article body
 * @param start UTF-16 offset, inclusive
 * @param end UTF-16 offset, exclusive
 * @param sentence index of the sentence holding it
 */
record MentionSpan(String body, int start, int end, int sentence) {
  MentionSpan extendTo(int newEnd) {
    return new MentionSpan(body, start, newEnd, sentence);
  }

  MentionSpan startAt(int newStart) {
    return new MentionSpan(body, newStart, end, sentence);
  }

  ActorMention mention(
      ActorKey key, String name, EntityType type, String actor, ActorMention.How how) {
    return new ActorMention(
        start, end, body.substring(start, end), sentence, key, name, type, actor, how);
  }

  /** A mention here of the actor {@code other} refers to. */
  ActorMention as(ActorMention other, ActorMention.How how) {
    return mention(other.key(), other.name(), other.type(), other.actor(), how);
  }
}
