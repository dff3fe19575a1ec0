package dev.parallax.clean;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses an article's language from its share of frequent function words ({@code stopwords.tsv}).
 * Returns null rather than a guess without evidence. Immutable and thread-safe.
 */
public final class LanguageGuess {
  /** Frequent function words per language. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "clean/stopwords.tsv",
          "frequent function words per language (ISO 639-1), for guessing an article's language",
          Column.text("language").asKey(),
          Column.text("words"));

  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MAX_WORDS = 2000;
  private static final double MIN_SHARE = 0.08;

  private final Map<String, Set<String>> stopwords;

  private LanguageGuess(Map<String, Set<String>> stopwords) {
    this.stopwords = stopwords;
  }

  /** The guesser of {@code rules}, built once per rules. */
  static LanguageGuess of(Rules rules) {
    return rules.lexicon(LanguageGuess.class, LanguageGuess::load);
  }

  /** The ISO 639-1 code whose function words are most frequent in {@code text}, or null. */
  String guess(String text) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(text);
    while (m.find() && words < MAX_WORDS) {
      String w = m.group().toLowerCase(Locale.ROOT);
      words++;
      for (Map.Entry<String, Set<String>> lang : stopwords.entrySet()) {
        if (lang.getValue().contains(w)) {
          hits.merge(lang.getKey(), 1, Integer::sum);
        }
      }
    }
    final int total = words;
    return hits.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_SHARE * total && e.getValue() >= 3)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static LanguageGuess load(Rules rules) {
    Map<String, Set<String>> map = new HashMap<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      map.computeIfAbsent(row.text("language"), k -> new HashSet<>())
          .addAll(List.of(row.text("words").split(" ")));
    }
    return new LanguageGuess(Map.copyOf(map));
  }
}
