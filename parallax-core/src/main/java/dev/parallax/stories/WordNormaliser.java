package dev.parallax.stories;

import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds a word to a comparison key: lower case, without diacritics (Chișinău and Chisinau meet),
 * with a light English suffix stripper (plural, past, gerund, adverb) so that "expels", "expelled"
 * and "expelling" share a key. Deliberately lighter than Porter: over-stemming merges unrelated
 * words, and topical words here are mostly nouns and names. Knows the words that carry no topic
 * ({@code stories/stopwords.tsv}) and those that are not part of a person's name ({@code
 * stories/not-names.tsv}). Immutable and thread-safe.
 */
public final class WordNormaliser {
  /** Function and reporting words that say nothing about which happening an article is about. */
  public static final TableSpec STOPWORDS =
      TableSpec.of(
          "stories/stopwords.tsv",
          "function and reporting words that say nothing about what an article is about",
          Column.text("word").asKey());

  /** Capitalised words that are not part of a person's name. */
  public static final TableSpec NOT_NAMES =
      TableSpec.of(
          "stories/not-names.tsv",
          "capitalised words that are not part of a person's name (institutions, offices, titles)",
          Column.text("word").asKey());

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private final Set<String> stopwords;
  private final Set<String> notNames;

  private WordNormaliser(Rules rules) {
    this.stopwords = words(rules, STOPWORDS);
    this.notNames = words(rules, NOT_NAMES);
  }

  /** The normaliser of {@code rules}, built once per rules. */
  public static WordNormaliser of(Rules rules) {
    return rules.lexicon(WordNormaliser.class, WordNormaliser::new);
  }

  /** The lower-case, diacritic-free form of {@code word}. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  /** True for function and reporting words that carry no topic. */
  public boolean isStopword(String folded) {
    return stopwords.contains(folded);
  }

  /**
   * True for capitalised words that do not belong to a person's name: institutions, offices,
   * titles, months and weekdays ({@code stories/not-names.tsv}).
   */
  boolean isNotName(String folded) {
    return notNames.contains(folded);
  }

  /** The stem of a folded word. */
  static String stem(String folded) {
    String w = stripSuffix(folded);
    // "declare", "declared" and "declares" meet at "declar"
    return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }

  private static String stripSuffix(String folded) {
    String w = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
    if (w.length() <= 4) {
      return w;
    }
    if (w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.endsWith("sses")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      return undouble(w.substring(0, w.length() - 3));
    }
    if (w.endsWith("ed") && w.length() > 5) {
      return undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("ly") && w.length() > 5) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /** "expell" to "expel", "stopp" to "stop": the doubled consonant before -ed/-ing. */
  private static String undouble(String w) {
    int n = w.length();
    if (n >= 4 && w.charAt(n - 1) == w.charAt(n - 2) && "lpbtgmnrd".indexOf(w.charAt(n - 1)) >= 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static Set<String> words(Rules rules, TableSpec table) {
    Set<String> words = new HashSet<>();
    for (TableRow row : rules.table(table).rows()) {
      words.add(row.text("word"));
    }
    return Set.copyOf(words);
  }
}
