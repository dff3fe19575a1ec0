package dev.parallax.actors;

import dev.parallax.annotate.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles of people ({@code titles.tsv}): which words make up a title, and what office and role the
 * title's last words name. Immutable and thread-safe.
 */
final class TitleLexicon {
  /**
   * What a title names.
   *
   * @param words the title's words as matched, lower case
   * @param function the office, or null when the title names no single office ("minister")
   * @param role the CAMEO role the title gives, or null
   */
  record Title(String words, OfficeFunction function, String role) {
    /** The title's last word ("minister" of "economy minister"). */
    String head() {
      return words.substring(words.lastIndexOf(' ') + 1);
    }
  }

  private final Map<String, Title> titles = new HashMap<>();
  private final Set<String> words = new HashSet<>();

  TitleLexicon() {
    for (String[] row : LexiconTsv.rows("titles.tsv", 3)) {
      for (String w : row[0].split("[ -]")) {
        words.add(w);
      }
      if (row[0].contains("-")) {
        words.add("-");
      }
      if (!"word".equals(row[1])) {
        OfficeFunction f = "-".equals(row[1]) ? null : OfficeFunction.valueOf(row[1]);
        titles.put(row[0], new Title(row[0], f, "-".equals(row[2]) ? null : row[2]));
      }
    }
  }

  /** True when a token can be part of a title. */
  boolean isTitleWord(Token t) {
    return words.contains(word(t));
  }

  /**
   * The title that tokens {@code [from, to)} end with: the longest known title that is a suffix of
   * their words, or empty.
   */
  Optional<Title> titleEnding(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      StringBuilder b = new StringBuilder();
      for (int j = i; j < to; j++) {
        String w = word(tokens.get(j));
        boolean joined = j == i || w.equals("-") || b.toString().endsWith("-");
        b.append(joined ? "" : " ").append(w);
      }
      Title t = titles.get(b.toString());
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** A title run ending just before {@code end}: the index of its first token, or {@code end}. */
  int runStartBefore(List<Token> tokens, int end) {
    int i = end;
    while (i > 0 && isTitleWord(tokens.get(i - 1))) {
      i--;
    }
    return i;
  }

  /** A title run starting at {@code from}: the index just past it, or {@code from}. */
  int runEndFrom(List<Token> tokens, int from) {
    int i = from;
    while (i < tokens.size() && isTitleWord(tokens.get(i))) {
      i++;
    }
    return i;
  }

  private static String word(Token t) {
    return t.text().toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
