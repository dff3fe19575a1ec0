package dev.parallax.events;

import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Folds the events of one article that retell an act told before into its first telling, so that
 * there is one record per article-level event: a report says "Moldova expelled two Belarusian
 * diplomats" in its lead and "the foreign ministry declared them persona non grata" further down,
 * and that is one event with two mentions. Two events are one act when their full CAMEO code
 * agrees, their sources and targets agree on the country (the first three letters of the actor
 * code; no target only matches no target) and their dates are equal or one is missing. Coarser
 * grouping (same root, across articles) is the fusion stage's. Stateless.
 */
final class RetoldEvents {
  private RetoldEvents() {}

  /** The events in body order, each retelling folded into its first telling's mentions. */
  static List<ExtractedEvent> fold(List<ExtractedEvent> events) {
    List<ExtractedEvent> out = new ArrayList<>();
    for (ExtractedEvent e : events) {
      int first = firstTelling(out, e.event());
      if (first < 0) {
        out.add(e);
      } else {
        ExtractedEvent told = out.get(first);
        Event merged = withMentionsOf(told.event(), e.event());
        out.set(first, new ExtractedEvent(merged, told.source(), told.target()));
      }
    }
    return List.copyOf(out);
  }

  private static int firstTelling(List<ExtractedEvent> told, Event e) {
    for (int i = 0; i < told.size(); i++) {
      Event t = told.get(i).event();
      boolean same =
          t.cameo().equals(e.cameo())
              && country(t.source().actor()) != null
              && Objects.equals(country(t.source().actor()), country(e.source().actor()))
              && Objects.equals(country(t.target().actor()), country(e.target().actor()))
              && (t.date() == null || e.date() == null || t.date().equals(e.date()));
      if (same) {
        return i;
      }
    }
    return -1;
  }

  private static String country(String actor) {
    return actor == null || actor.length() < 3 ? null : actor.substring(0, 3);
  }

  private static Event withMentionsOf(Event told, Event retold) {
    List<EventMention> mentions = new ArrayList<>(told.mentions());
    mentions.addAll(retold.mentions());
    return told.withReports(told.id(), mentions, told.articles(), told.outlets())
        .withDate(told.date() != null ? told.date() : retold.date());
  }
}
