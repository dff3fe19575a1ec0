package dev.parallax.coverage;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of descriptive noun phrases ({@code label-words.tsv}): determiners, heads naming a
 * polity or the people acting for it, and modifiers that stand before them. Immutable and
 * thread-safe.
 */
public final class LabelWords {
  /** The words, one a row; a word has one kind. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "coverage/label-words.tsv",
          "Words of the descriptive noun phrases outlets use to name actors, by the part they play",
          Column.text("word").asKey(),
          Column.kindWords("kind", Kind.class));

  /** What part a word plays in a descriptive noun phrase. */
  enum Kind {
    DETERMINER,
    PLACE_HEAD,
    GROUP_HEAD,
    MODIFIER
  }

  private final Map<String, Kind> kinds;

  private LabelWords(Map<String, Kind> kinds) {
    this.kinds = Map.copyOf(kinds);
  }

  /** The words of {@code rules}. */
  static LabelWords of(Rules rules) {
    return rules.lexicon(LabelWords.class, LabelWords::load);
  }

  static LabelWords builtIn() {
    return of(Rules.bundled());
  }

  /** The kind of {@code word} (any case), or null when it is none of them. */
  Kind kind(String word) {
    return kinds.get(word.toLowerCase(Locale.ROOT));
  }

  boolean is(String word, Kind kind) {
    return kind(word) == kind;
  }

  boolean isHead(String word) {
    Kind k = kind(word);
    return k == Kind.PLACE_HEAD || k == Kind.GROUP_HEAD;
  }

  int size() {
    return kinds.size();
  }

  private static LabelWords load(Rules rules) {
    Map<String, Kind> kinds = new HashMap<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      Kind kind = row.kind("kind", Kind.class);
      if (kinds.put(row.text("word").toLowerCase(Locale.ROOT), kind) != null) {
        throw new IllegalStateException(
            row.where() + ": the word " + row.text("word") + " has a kind already");
      }
    }
    return new LabelWords(kinds);
  }
}
