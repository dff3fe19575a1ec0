package dev.parallax.events;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The verbs of {@code governing.tsv} that govern an event in their complement, by class, and the
 * codes of {@code governing-codes.tsv} their events take by the root of the governed act. Immutable
 * and thread-safe.
 */
public final class Governing {
  public static final TableSpec VERBS =
      TableSpec.of(
          "events/governing.tsv",
          "verbs that govern an event in their complement, by class",
          Column.text("lemma").asKey(),
          Column.kindWords("class", Kind.class));

  public static final TableSpec CODES =
      TableSpec.of(
          "events/governing-codes.tsv",
          "the code of a governing verb's event, by its class and the governed act's root",
          Column.kindWords("class", Kind.class).asKey(),
          Column.text("root").asKey(),
          Column.text("code"));

  /** What the governing verb does with the act it governs. */
  enum Kind {
    /** the subject undertakes the act: its intent code, its target */
    COMMIT,
    /** the subject asks the addressee to act */
    APPEAL,
    /** the subject presses the addressee to act */
    DEMAND,
    /** an authority orders the act */
    COMMAND,
    /** the subject asserts that the act's author acted: an accusation; the act is not coded */
    ALLEGE,
    /** a neutral report that the act's author acted: an accusation; the act stands */
    REPORT;

    /** Whether the governed act is read only through the governing verb's event. */
    boolean consumesAct() {
      return this != REPORT;
    }

    /** Whether the event's target is the one asked to act. */
    boolean directive() {
      return this == APPEAL || this == DEMAND || this == COMMAND;
    }
  }

  private static final String ANY_ROOT = "*";
  private static final String INTENT = "intent";
  private static final String NONE = "-";

  private final Map<String, Kind> byLemma;
  private final Map<Kind, Map<String, String>> codes;

  private Governing(Map<String, Kind> byLemma, Map<Kind, Map<String, String>> codes) {
    this.byLemma = Map.copyOf(byLemma);
    this.codes = Map.copyOf(codes);
  }

  /** The governing verbs and codes of {@code rules}, built once per rules. */
  static Governing of(Rules rules) {
    return rules.lexicon(Governing.class, Governing::load);
  }

  /** The class of a governing verb, if the lemma is one. */
  Optional<Kind> kind(String lemma) {
    return Optional.ofNullable(byLemma.get(lemma));
  }

  /**
   * The code of the governing verb's event when it governs an act of CAMEO root {@code root}; empty
   * when the verb gives no event for it (the act is then read as without the verb).
   */
  Optional<String> code(Kind kind, String root, Modifiers modifiers) {
    Map<String, String> byRoot = codes.getOrDefault(kind, Map.of());
    String code = byRoot.getOrDefault(root, byRoot.get(ANY_ROOT));
    if (code == null || code.equals(NONE)) {
      return Optional.empty();
    }
    return Optional.of(code.equals(INTENT) ? modifiers.intentCode(root) : code);
  }

  private static Governing load(Rules rules) {
    Map<String, Kind> verbs = new HashMap<>();
    rules.table(VERBS).rows().forEach(r -> verbs.put(r.text("lemma"), r.kind("class", Kind.class)));
    Map<Kind, Map<String, String>> codes = new HashMap<>();
    for (TableRow r : rules.table(CODES).rows()) {
      codes
          .computeIfAbsent(r.kind("class", Kind.class), k -> new HashMap<>())
          .put(r.text("root"), r.text("code"));
    }
    codes.replaceAll((k, v) -> Map.copyOf(v));
    return new Governing(verbs, codes);
  }
}
