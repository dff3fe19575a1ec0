package dev.parallax.conflicts;

import dev.parallax.actors.Country;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names the event a conflict is about. Parties quarrel in words about a deed, so the candidates are
 * the story's material events (quad class 2 or 4: an expulsion, a ban), or all its events when it
 * has none. Preferred, in order: the event whose mentions share the most sentences with the
 * conflict's claims; the one whose trigger the claims name more often ("the ban has no legal force"
 * is about the event triggered by "banned"); the one whose source and target are the quarrelling
 * parties; the one reported by more of the conflict's articles; the most widely reported; the
 * smaller id, so the choice is stable. Null without a story or events. Thread-safe.
 */
final class ConflictSubject {
  private static final int COUNTRY = 3;
  private static final int MIN_STEM = 3;

  private final KnowledgeBase kb;

  ConflictSubject(KnowledgeBase kb) {
    this.kb = kb;
  }

  String of(List<SpokenClaim> claims, String story, List<Event> events) {
    if (story == null) {
      return null;
    }
    List<Event> own = events.stream().filter(e -> story.equals(e.story())).toList();
    List<Event> material = own.stream().filter(ConflictSubject::isMaterial).toList();
    Set<String> parties = claims.stream().map(SpokenClaim::side).collect(Collectors.toSet());
    Set<String> articles =
        claims.stream().map(c -> c.claim().article()).collect(Collectors.toSet());
    return (material.isEmpty() ? own : material)
        .stream()
            .max(
                Comparator.comparingInt((Event e) -> overlaps(e, claims))
                    .thenComparingInt(e -> triggerNamed(e, claims))
                    .thenComparingInt(e -> partiesIn(e, parties))
                    .thenComparingInt(
                        e ->
                            (int)
                                e.mentions().stream()
                                    .map(EventMention::article)
                                    .filter(articles::contains)
                                    .distinct()
                                    .count())
                    .thenComparingInt(Event::articles)
                    .thenComparing(Event::id, Comparator.reverseOrder()))
            .map(Event::id)
            .orElse(null);
  }

  /** How many claims name the event's trigger word (any inflection: "banned", "bans", "ban"). */
  private static int triggerNamed(Event e, List<SpokenClaim> claims) {
    Set<String> stems =
        e.mentions().stream()
            .map(m -> stem(m.trigger()))
            .filter(t -> t.length() >= MIN_STEM)
            .collect(Collectors.toSet());
    int n = 0;
    for (SpokenClaim c : claims) {
      String[] words = c.claim().text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
      if (Arrays.stream(words).anyMatch(w -> stems.stream().anyMatch(w::startsWith))) {
        n++;
      }
    }
    return n;
  }

  /** A trigger's crude stem: lower case, without a verb ending and a doubled last consonant. */
  static String stem(String trigger) {
    String w = trigger.toLowerCase(Locale.ROOT).strip().replaceAll("(ed|ing|s)$", "");
    int n = w.length();
    return n > 2 && w.charAt(n - 1) == w.charAt(n - 2) ? w.substring(0, n - 1) : w;
  }

  private static boolean isMaterial(Event e) {
    return e.quadClass() == 2 || e.quadClass() == 4;
  }

  /** How many of the event's source and target are countries among the parties. */
  private int partiesIn(Event e, Set<String> parties) {
    return (isParty(e.source(), parties) ? 1 : 0) + (isParty(e.target(), parties) ? 1 : 0);
  }

  private boolean isParty(ActorRef ref, Set<String> parties) {
    String actor = ref.actor();
    return actor != null
        && actor.length() >= COUNTRY
        && kb.country(actor.substring(0, COUNTRY))
            .map(Country::name)
            .filter(parties::contains)
            .isPresent();
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
