package dev.parallax.events;

import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.DependencyTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps the argument head tokens of a trigger to the actor mentions of {@link ArticleActors}: the
 * mention at a head or in its phrase, with conjuncts; and, when the grammar names no coded target,
 * the first coded actor below the trigger. Stateless and thread-safe.
 */
final class ArgumentMentions {
  private ArgumentMentions() {}

  /**
   * The first coded actor below the trigger in another role than the sources (a looser target:
   * "according to her" is no target of her own ministry's act).
   */
  static List<ActorMention> nearby(
      DependencyTree g, ArticleActors actors, int t, List<ActorMention> sources) {
    for (int i : Arguments.below(g, t)) {
      Optional<ActorMention> m = actors.at(g.token(i).start(), g.token(i).end());
      boolean fresh =
          m.isPresent()
              && m.get().actor() != null
              && sources.stream().noneMatch(s -> m.get().actor().equals(s.actor()));
      if (fresh) {
        return List.of(m.get());
      }
    }
    return List.of();
  }

  /**
   * Whether two mentions name the same actor: same entity in the same role ("Algerian landowners"
   * may act on "the Algerian government").
   */
  static boolean same(ActorMention a, ActorMention b) {
    return a.key().equals(b.key()) && Objects.equals(a.actor(), b.actor());
  }

  static boolean sameCountry(List<ActorMention> sources, List<ActorMention> targets) {
    return sources.stream()
        .anyMatch(s -> targets.stream().anyMatch(t -> country(s).equals(country(t))));
  }

  static String country(ActorMention m) {
    // An uncoded mention stands in with its key's first characters, as when keys were strings:
    // any two uncoded knowledge-base mentions (or two unresolved names) count as one country.
    String actor = m.actor() == null ? m.key().wire() : m.actor();
    return actor.length() < 3 ? actor : actor.substring(0, 3);
  }

  /** The first argument candidate that names an actor, with its conjuncts. */
  static List<ActorMention> mentions(DependencyTree g, ArticleActors actors, List<Integer> heads) {
    for (int head : heads) {
      List<ActorMention> found = new ArrayList<>();
      for (int i : coordinated(g, head)) {
        mention(g, actors, i).filter(m -> !found.contains(m)).ifPresent(found::add);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * A head and its conjuncts, or its coordinated adjectives ("Moldovan and Belarusian officials").
   */
  static List<Integer> coordinated(DependencyTree g, int head) {
    int adjective = g.child(head, "amod");
    if (adjective >= 0 && g.withConjuncts(adjective).size() > 1) {
      return g.withConjuncts(adjective);
    }
    return g.withConjuncts(head);
  }

  /**
   * The mention at a head token, else in its phrase. A mention without an actor code yields to the
   * longest coded mention inside the phrase ("the Ministry of Foreign Affairs in Chisinau").
   */
  static Optional<ActorMention> mention(DependencyTree g, ArticleActors actors, int head) {
    int[] phrase = Phrases.span(g, head);
    Optional<ActorMention> m = actors.at(g.token(head).start(), g.token(head).end());
    if (m.isEmpty()) {
      m = actors.at(phrase[0], phrase[1]);
    }
    if (m.isPresent() && m.get().actor() == null) {
      Optional<ActorMention> coded =
          actors.mentions().stream()
              .filter(x -> x.actor() != null && x.start() >= phrase[0] && x.end() <= phrase[1])
              .max(Comparator.comparingInt(x -> x.end() - x.start()));
      return coded.isPresent() ? coded : m;
    }
    return m;
  }
}
