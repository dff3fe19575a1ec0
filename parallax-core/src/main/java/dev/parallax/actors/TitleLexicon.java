package dev.parallax.actors;

import dev.parallax.annotate.Token;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Titles of people ({@code titles.tsv}): which words make up a title, and what office and role the
 * title's last words name. Immutable and thread-safe.
 */
public final class TitleLexicon {
  public static final TableSpec TABLE =
      TableSpec.of(
          "actors/titles.tsv",
          "titles of people and the office and role they name",
          Column.text("title").asKey(),
          Column.kind(
              "function",
              Stream.concat(
                      Arrays.stream(OfficeFunction.values()).map(Enum::name),
                      Stream.of("-", "word"))
                  .toArray(String[]::new)),
          Column.text("role"));

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

  private TitleLexicon(Rules rules) {
    for (TableRow row : rules.table(TABLE).rows()) {
      String title = row.text("title");
      String function = row.text("function");
      String role = row.text("role");
      for (String w : title.split("[ -]")) {
        words.add(w);
      }
      if (title.contains("-")) {
        words.add("-");
      }
      if (!"word".equals(function)) {
        OfficeFunction f = "-".equals(function) ? null : OfficeFunction.valueOf(function);
        titles.put(title, new Title(title, f, "-".equals(role) ? null : role));
      }
    }
  }

  /** The titles of {@code rules}, built once per rules. */
  public static TitleLexicon of(Rules rules) {
    return rules.lexicon(TitleLexicon.class, TitleLexicon::new);
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
