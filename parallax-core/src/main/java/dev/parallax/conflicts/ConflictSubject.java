package dev.parallax.conflicts;

import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import java.util.Comparator;
import java.util.List;

/**
 * Names the event a conflict is about. Parties quarrel in words about a deed, so the candidates are
 * the story's material events (quad class 2 or 4: an expulsion, a ban), or all its events when it
 * has none. The one whose mentions share the most sentences with the conflict's claims wins, then
 * the most widely reported, then the smaller id, so the choice is stable. Null without a story or
 * events.
 */
final class ConflictSubject {
  private ConflictSubject() {}

  static String of(List<SpokenClaim> claims, String story, List<Event> events) {
    if (story == null) {
      return null;
    }
    List<Event> own = events.stream().filter(e -> story.equals(e.story())).toList();
    List<Event> material = own.stream().filter(ConflictSubject::isMaterial).toList();
    return (material.isEmpty() ? own : material)
        .stream()
            .max(
                Comparator.comparingInt((Event e) -> overlaps(e, claims))
                    .thenComparingInt(Event::articles)
                    .thenComparing(Event::id, Comparator.reverseOrder()))
            .map(Event::id)
            .orElse(null);
  }

  private static boolean isMaterial(Event e) {
    return e.quadClass() == 2 || e.quadClass() == 4;
  }

  private static int overlaps(Event e, List<SpokenClaim> claims) {
    int n = 0;
    for (EventMention m : e.mentions()) {
      for (SpokenClaim c : claims) {
        if (m.article().equals(c.claim().article())
            && m.start() < c.claim().end()
            && c.claim().start() < m.end()) {
          n++;
        }
      }
    }
    return n;
  }
}
