package dev.parallax.pipeline;

import dev.parallax.model.Article;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which articles the language-bound stages may analyse. Parallax's models, lexicons and rules are
 * English: an article in another language is cleaned, dated and stored, but not annotated, and an
 * article whose letters are mostly of another script than Latin is never analysed as English,
 * whatever language its page or manifest declares. Stateless.
 */
final class AnalysedLanguages {
  /** The languages (ISO 639-1) whose analysis Parallax has. */
  static final Set<String> ANALYSED = Set.of("en");

  /**
   * An article whose letters are less than this share Latin is not English text, whatever its
   * declared language: half, so that an English article quoting a Cyrillic name or two stays
   * English and a Cyrillic one with English names in it does not.
   */
  static final double MIN_LATIN_SHARE = 0.5;

  /** How many letters from the start of the body decide the script: enough for any article. */
  static final int SCRIPT_SAMPLE = 10_000;

  private AnalysedLanguages() {}

  /**
   * Why the language-bound stages do not analyse {@code article}, for a person and for the run's
   * summary ({@code language ru}, {@code Cyrillic script}), or null when they do. An article of
   * unknown language in Latin script is analysed, as before languages were guessed.
   */
  static String notAnalysed(Article article) {
    String language = article.language();
    if (language != null && !ANALYSED.contains(language)) {
      return "language " + language;
    }
    UnicodeScript script = mainScript(article.body());
    if (script != null && script != UnicodeScript.LATIN) {
      return name(script)
          + " script"
          + (language == null ? "" : " (declared language " + language + ")");
    }
    return null;
  }

  /**
   * The script of most letters among the first {@link #SCRIPT_SAMPLE} letters of {@code text}:
   * {@link UnicodeScript#LATIN} when at least {@link #MIN_LATIN_SHARE} of them are Latin, else the
   * most frequent other script; null for a text without letters.
   */
  static UnicodeScript mainScript(String text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    int letters = 0;
    for (int i = 0; i < text.length() && letters < SCRIPT_SAMPLE; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c)) {
        letters++;
        counts.merge(UnicodeScript.of(c), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return null;
    }
    if (counts.getOrDefault(UnicodeScript.LATIN, 0) >= MIN_LATIN_SHARE * letters) {
      return UnicodeScript.LATIN;
    }
    return counts.entrySet().stream()
        .filter(e -> e.getKey() != UnicodeScript.LATIN)
        .max(
            Map.Entry.<UnicodeScript, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElseThrow();
  }

  /** {@code CYRILLIC} as {@code Cyrillic}. */
  private static String name(UnicodeScript script) {
    String s = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
