package dev.parallax.events;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.ActorRef;
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

  /**
   * The event with its actors' entity ids (where {@code linked} holds their mentions) and its
   * story.
   *
   * @param story the id of the story its article belongs to, or null
   */
  public Event linked(LinkedEntities linked, String story) {
    String article = event.mentions().get(0).article();
    return event
        .withStory(story)
        .withActors(
            ref(event.source(), source, article, linked),
            ref(event.target(), target, article, linked));
  }

  private static ActorRef ref(
      ActorRef ref, ActorMention mention, String article, LinkedEntities linked) {
    if (mention == null) {
      return ref;
    }
    return new ActorRef(linked.entityOf(article, mention).orElse(null), ref.actor());
  }
}
