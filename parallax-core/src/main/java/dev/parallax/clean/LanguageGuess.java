package dev.parallax.clean;

import dev.parallax.resources.ResourceLines;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses an article's language from its share of frequent function words ({@code stopwords.tsv}).
 * Returns null rather than a guess without evidence.
 */
final class LanguageGuess {
  private static final Map<String, Set<String>> STOPWORDS = load();
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MAX_WORDS = 2000;
  private static final double MIN_SHARE = 0.08;

  private LanguageGuess() {}

  /** The ISO 639-1 code whose function words are most frequent in {@code text}, or null. */
  static String of(String text) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    Matcher m = WORD.matcher(text);
    while (m.find() && words < MAX_WORDS) {
      String w = m.group().toLowerCase(Locale.ROOT);
      words++;
      for (Map.Entry<String, Set<String>> lang : STOPWORDS.entrySet()) {
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

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> map = new HashMap<>();
    for (String[] cols : ResourceLines.rows(LanguageGuess.class, "stopwords.tsv", 2)) {
      map.put(cols[0], new HashSet<>(java.util.List.of(cols[1].split(" "))));
    }
    return Map.copyOf(map);
  }
}
