package dev.parallax.events;

import dev.parallax.actors.ActorMention;
import dev.parallax.model.Event;
import java.time.MonthDay;
import java.util.Objects;

/**
 * An article-level event with the actor mentions it was built from, so that a later stage can
 * replace the actor codes of {@link Event#source()} and {@link Event#target()} with entity ids.
 *
 * @param source the mention of the actor who acts
 * @param target the mention of the actor acted upon, or null when the sentence names none
 * @param yearlessDay the month and day the sentence gives the event without a year ("on October 22"
 *     in an undated report), or null; {@link Event#date()} is then null
 */
public record ExtractedEvent(
    Event event, ActorMention source, ActorMention target, MonthDay yearlessDay) {
  public ExtractedEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(source, "source");
  }

  public ExtractedEvent(Event event, ActorMention source, ActorMention target) {
    this(event, source, target, null);
  }
}
