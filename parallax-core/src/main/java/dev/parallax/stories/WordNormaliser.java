package dev.parallax.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folds a word to a comparison key: lower case, without diacritics (Chișinău and Chisinau meet),
 * with a light English suffix stripper (plural, past, gerund, adverb) so that "expels", "expelled"
 * and "expelling" share a key. Deliberately lighter than Porter: over-stemming merges unrelated
 * words, and topical words here are mostly nouns and names. Thread-safe.
 */
final class WordNormaliser {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOPWORDS = loadWords("stopwords.txt");
  private static final Set<String> NOT_NAMES = loadWords("not-names.txt");

  private WordNormaliser() {}

  /** The lower-case, diacritic-free form of {@code word}. */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("");
  }

  /** True for function and reporting words that carry no topic. */
  static boolean isStopword(String folded) {
    return STOPWORDS.contains(folded);
  }

  /**
   * True for capitalised words that do not belong to a person's name: institutions, offices,
   * titles, months and weekdays ({@code stories/not-names.txt}).
   */
  static boolean isNotName(String folded) {
    return NOT_NAMES.contains(folded);
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

  private static Set<String> loadWords(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = WordNormaliser.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}
