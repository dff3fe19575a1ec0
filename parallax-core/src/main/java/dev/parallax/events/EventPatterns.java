package dev.parallax.events;

import dev.parallax.annotate.DependencyTree;
import dev.parallax.events.EventPattern.Kind;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The trigger patterns of {@code patterns.tsv}, looked up by lemma and part of speech. Immutable
 * and thread-safe.
 */
public final class EventPatterns {
  public static final TableSpec TABLE =
      TableSpec.of(
          "events/patterns.tsv",
          "event triggers: lemma, part of speech, complement, target and CAMEO code",
          Column.text("lemma").asKey(),
          Column.kindWords("kind", Kind.class).asKey(),
          Column.text("complement").asKey(),
          Column.text("target"),
          Column.text("code"),
          Column.text("origin"));

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

  /** The patterns of {@code rules}, built once per rules. */
  public static EventPatterns of(Rules rules) {
    return rules.lexicon(
        EventPatterns.class,
        r ->
            new EventPatterns(r.table(TABLE).rows().stream().map(EventPatterns::pattern).toList()));
  }

  static EventPatterns bundled() {
    return of(Rules.bundled());
  }

  /**
   * The lemmas, lower case, of the verbs and nouns that trigger an event. The events stage reads
   * only parsed sentences, and parsing every sentence is slow, so the annotator parses the
   * sentences that hold one of these lemmas: a trigger a user adds must be among them to be seen.
   * Light verbs are left out, as they carry a noun that is itself a trigger.
   */
  public Set<String> triggerLemmas() {
    return byLemma.values().stream()
        .flatMap(List::stream)
        .filter(p -> p.kind() != Kind.LIGHT)
        .map(p -> p.lemma().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
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
            .filter(p -> p.kind().fits(kind) && !p.complements().isEmpty())
            .filter(p -> g.hasLemmaWithin(i, p.complements(), NEAR))
            .findFirst();
    if (specific.isPresent()) {
      return specific;
    }
    if (kind == Kind.VERB && carriesNoun(g, i, candidates)) {
      return Optional.empty();
    }
    return candidates.stream()
        .filter(p -> p.kind().fits(kind) && p.complements().isEmpty())
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

  private static EventPattern pattern(TableRow r) {
    String complement = r.text("complement");
    return new EventPattern(
        r.text("lemma"),
        r.kind("kind", Kind.class),
        complement.equals("-") ? Set.of() : Set.of(complement.split("\\|")),
        dash(r.text("target")),
        dash(r.text("code")),
        dash(r.text("origin")));
  }

  private static String dash(String cell) {
    return cell.equals("-") ? null : cell;
  }
}
