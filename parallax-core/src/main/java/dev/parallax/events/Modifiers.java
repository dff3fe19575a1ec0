package dev.parallax.events;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The words of {@code modifiers.tsv} that negate, modalise or block a trigger, and the intent codes
 * of {@code intent.tsv}. Immutable and thread-safe.
 */
public final class Modifiers {
  public static final TableSpec MODIFIERS =
      TableSpec.of(
          "events/modifiers.tsv",
          "words that negate, modalise or block a trigger",
          Column.text("word").asKey(),
          Column.kindWords("effect", Effect.class));

  public static final TableSpec INTENT =
      TableSpec.of(
          "events/intent.tsv",
          "the code of an intended or threatened act, by the CAMEO root of the act",
          Column.text("root").asKey(),
          Column.text("code"));

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
    AUTHORITY,
    /**
     * a noun naming the means of an attack ("shelling"): in an oblique, its modifier is the agent
     */
    INSTRUMENT
  }

  private final Map<String, Set<Effect>> effects;
  private final Map<String, String> intentByRoot;

  Modifiers(Map<String, Set<Effect>> effects, Map<String, String> intentByRoot) {
    this.effects = Map.copyOf(effects);
    this.intentByRoot = Map.copyOf(intentByRoot);
  }

  /** The modifiers and intent codes of {@code rules}, built once per rules. */
  public static Modifiers of(Rules rules) {
    return rules.lexicon(Modifiers.class, Modifiers::load);
  }

  static Modifiers bundled() {
    return of(Rules.bundled());
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

  private static Modifiers load(Rules rules) {
    Map<String, Set<Effect>> effects = new HashMap<>();
    for (TableRow row : rules.table(MODIFIERS).rows()) {
      effects
          .computeIfAbsent(row.text("word"), k -> EnumSet.noneOf(Effect.class))
          .add(row.kind("effect", Effect.class));
    }
    effects.replaceAll((k, v) -> Set.copyOf(v));
    Map<String, String> intents = new HashMap<>();
    rules.table(INTENT).rows().forEach(r -> intents.put(r.text("root"), r.text("code")));
    return new Modifiers(effects, intents);
  }
}
