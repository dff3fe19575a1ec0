package dev.parallax.coverage;

import dev.parallax.resources.ResourceLines;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words of descriptive noun phrases ({@code label-words.tsv}): determiners, heads naming a
 * polity or the people acting for it, and modifiers that stand before them. Immutable and
 * thread-safe.
 */
final class LabelWords {
  private static final String RESOURCE = "label-words.tsv";

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

  private static final class BuiltIn {
    static final LabelWords WORDS = load();
  }

  static LabelWords builtIn() {
    return BuiltIn.WORDS;
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

  private static LabelWords load() {
    Map<String, Kind> kinds = new HashMap<>();
    for (String line : ResourceLines.read(LabelWords.class, RESOURCE)) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank()) {
        throw new IllegalStateException("bad row in " + RESOURCE + ": " + line);
      }
      Kind kind = Kind.valueOf(cols[1].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
      if (kinds.put(cols[0].strip().toLowerCase(Locale.ROOT), kind) != null) {
        throw new IllegalStateException("duplicate word in " + RESOURCE + ": " + cols[0]);
      }
    }
    return new LabelWords(kinds);
  }
}
