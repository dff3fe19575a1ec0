package dev.parallax.events;

import dev.parallax.actors.ActorMention;
import dev.parallax.model.Event;
import java.util.Objects;

/**
 * An article-level event with the actor mentions it was built from, so that a later stage can
 * replace the actor codes of {@link Event#source()} and {@link Event#target()} with entity ids.
 *
 * @param source the mention of the actor who acts
 * @param target the mention of the actor acted upon, or null when the sentence names none
 */
public record ExtractedEvent(Event event, ActorMention source, ActorMention target) {
  public ExtractedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(source, "source");
  }
}
