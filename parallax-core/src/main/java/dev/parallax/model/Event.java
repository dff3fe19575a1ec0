package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * A real-world event, fused across the articles that report it: one line of {@code events.jsonl}.
 *
 * @param story id of the story it belongs to, or null before stories are formed
 * @param date when it happened (not when it was reported), or null
 * @param cameo CAMEO event code ({@code "174"})
 * @param goldstein Goldstein scale value of {@code cameo}
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param plover PLOVER event type of {@code cameo}, or null (a field added to OUTPUT.md)
 * @param articles how many distinct articles report it
 * @param outlets how many distinct outlets report it
 */
public record Event(
    String id,
    String story,
    PartialDate date,
    ActorRef source,
    ActorRef target,
    String cameo,
    double goldstein,
    int quadClass,
    String plover,
    List<EventMention> mentions,
    int articles,
    int outlets) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(cameo, "cameo");
    if (quadClass < 1 || quadClass > 4) {
      throw new IllegalArgumentException("quad class must be 1-4: " + quadClass);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value must be in [-10, 10]: " + goldstein);
    }
    mentions = List.copyOf(mentions);
  }

  /** This event with {@code when} as its date. */
  public Event withDate(PartialDate when) {
    return new Event(
        id, story, when, source, target, cameo, goldstein, quadClass, plover, mentions, articles,
        outlets);
  }
}
