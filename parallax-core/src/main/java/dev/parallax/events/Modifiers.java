package dev.parallax.events;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code modifiers.tsv} that negate, modalise or block a trigger, and the intent codes
 * of {@code intent.tsv}. Immutable and thread-safe.
 */
final class Modifiers {
  /** What a word does to the trigger it governs or modifies. */
  enum Effect {
    NEGATE,
    MODAL,
    DEMAND,
    CONDITION,
    BLOCK,
    INTENT,
    RECIPROCAL,
    PRINCIPAL,
    /** a noun naming a speech act, which a denial of its content does not undo */
    SPEECH,
    /** a noun that refers back to an act reported before ("the move") */
    ANAPHOR,
    /** an act only an authority performs: with no agent, the reporter's act */
    AUTHORITY
  }

  private final Map<String, Set<Effect>> effects;
  private final Map<String, String> intentByRoot;

  Modifiers(Map<String, Set<Effect>> effects, Map<String, String> intentByRoot) {
    this.effects = Map.copyOf(effects);
    this.intentByRoot = Map.copyOf(intentByRoot);
  }

  static Modifiers bundled() {
    return Holder.BUNDLED;
  }

  boolean is(String lemma, Effect effect) {
    return effects.getOrDefault(lemma, Set.of()).contains(effect);
  }

  /** The code of an intended or threatened act whose own code is under {@code root}. */
  String intentCode(String root) {
    String code = intentByRoot.get(root);
    if (code == null) {
      throw new IllegalStateException("intent.tsv has no root " + root);
    }
    return code;
  }

  private static Modifiers load() {
    Map<String, Set<Effect>> effects = new HashMap<>();
    for (String[] row : EventTsv.read("modifiers.tsv", 2)) {
      effects
          .computeIfAbsent(row[0], k -> EnumSet.noneOf(Effect.class))
          .add(Effect.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    effects.replaceAll((k, v) -> Set.copyOf(v));
    Map<String, String> intents = new HashMap<>();
    List<String[]> rows = EventTsv.read("intent.tsv", 2);
    rows.forEach(r -> intents.put(r[0], r[1]));
    return new Modifiers(effects, intents);
  }

  private static final class Holder {
    static final Modifiers BUNDLED = load();
  }
}
