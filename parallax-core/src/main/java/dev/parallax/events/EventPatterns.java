package dev.parallax.events;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.events.EventPattern.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The trigger patterns of {@code patterns.tsv}, looked up by lemma and part of speech. Immutable
 * and thread-safe.
 */
final class EventPatterns {
  /**
   * How deep below a trigger its complement may lie: deep enough for "called [the arrest [of [the
   * national a flagrant incident]]]", where the parser hangs the predicate noun under the object.
   */
  private static final int NEAR = 3;

  private final Map<String, List<EventPattern>> byLemma;

  EventPatterns(List<EventPattern> patterns) {
    Map<String, List<EventPattern>> map = new LinkedHashMap<>();
    for (EventPattern p : patterns) {
      map.computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
    }
    map.replaceAll((k, v) -> List.copyOf(v));
    this.byLemma = Map.copyOf(map);
  }

  static EventPatterns bundled() {
    return Holder.BUNDLED;
  }

  /** Every lemma that can trigger or carry an event. */
  Set<String> lemmas() {
    return byLemma.keySet();
  }

  List<EventPattern> all() {
    return byLemma.values().stream().flatMap(List::stream).toList();
  }

  /**
   * The pattern token {@code i} triggers, if any. A verb whose object is a nominal trigger and that
   * may serve as a light verb yields nothing: the noun carries the event ("issued a warning").
   */
  Optional<EventPattern> match(DependencyTree g, int i) {
    List<EventPattern> candidates = byLemma.getOrDefault(g.lemma(i), List.of());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Kind kind =
        g.pos(i).startsWith("VB") ? Kind.VERB : g.pos(i).startsWith("NN") ? Kind.NOUN : null;
    if (kind == null) {
      return Optional.empty();
    }
    Optional<EventPattern> specific =
        candidates.stream()
            .filter(p -> p.kind() == kind && !p.complements().isEmpty())
            .filter(p -> g.hasLemmaWithin(i, p.complements(), NEAR))
            .findFirst();
    if (specific.isPresent()) {
      return specific;
    }
    if (kind == Kind.VERB && carriesNoun(g, i, candidates)) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(p -> p.kind() == kind && p.complements().isEmpty())
        .findFirst();
  }

  /** Whether verb {@code i} is a light verb here: its object is a nominal trigger. */
  boolean carriesNoun(DependencyTree g, int i, List<EventPattern> candidates) {
    if (candidates.stream().noneMatch(p -> p.kind() == Kind.LIGHT)) {
      return false;
    }
    int object = g.child(i, "obj");
    if (object < 0) {
      object = g.child(i, "nsubj:pass");
    }
    return object >= 0 && isNounTrigger(g, object);
  }

  /** Whether token {@code i} is a noun with a nominal pattern. */
  boolean isNounTrigger(DependencyTree g, int i) {
    return g.pos(i).startsWith("NN")
        && byLemma.getOrDefault(g.lemma(i), List.of()).stream()
            .anyMatch(p -> p.kind() == Kind.NOUN);
  }

  /** Whether token {@code i} is a verb that may carry a nominal trigger. */
  boolean isLight(DependencyTree g, int i) {
    return byLemma.getOrDefault(g.lemma(i), List.of()).stream()
        .anyMatch(p -> p.kind() == Kind.LIGHT);
  }

  private static final class Holder {
    static final EventPatterns BUNDLED =
        new EventPatterns(EventTsv.read("patterns.tsv", 6).stream().map(EventPattern::of).toList());
  }
}
