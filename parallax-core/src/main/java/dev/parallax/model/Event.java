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
 * @param articles how many distinct articles report it, a copy ({@link Article#copyOf}) counted
 *     with its original once
 * @param outlets how many distinct outlets report it, a copy counted once, under its original's
 *     outlet
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

  /**
   * A new event as one sentence of one article reports it: no story yet, counted once.
   *
   * @param mention the sentence that reports it
   */
  public static Event reported(
      String id,
      PartialDate date,
      ActorRef source,
      ActorRef target,
      String cameo,
      double goldstein,
      int quadClass,
      String plover,
      EventMention mention) {
    return new Event(
        id,
        null,
        date,
        source,
        target,
        cameo,
        goldstein,
        quadClass,
        plover,
        List.of(mention),
        1,
        1);
  }

  // The ways to derive an event from another: each changes what its name says and keeps the rest.

  /** This event with {@code when} as its date. */
  public Event withDate(PartialDate when) {
    return new Event(
        id, story, when, source, target, cameo, goldstein, quadClass, plover, mentions, articles,
        outlets);
  }

  /** This event in story {@code storyId} (null for none). */
  public Event withStory(String storyId) {
    return new Event(
        id, storyId, date, source, target, cameo, goldstein, quadClass, plover, mentions, articles,
        outlets);
  }

  /** This event with these actors. */
  public Event withActors(ActorRef from, ActorRef to) {
    return new Event(
        id, story, date, from, to, cameo, goldstein, quadClass, plover, mentions, articles,
        outlets);
  }

  /**
   * This event under {@code newId}, reported by {@code reports} in this many articles and outlets.
   */
  public Event withReports(
      String newId, List<EventMention> reports, int articleCount, int outletCount) {
    return new Event(
        newId,
        story,
        date,
        source,
        target,
        cameo,
        goldstein,
        quadClass,
        plover,
        reports,
        articleCount,
        outletCount);
  }
}
