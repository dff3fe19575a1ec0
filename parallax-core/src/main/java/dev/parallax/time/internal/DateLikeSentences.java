package dev.parallax.time.internal;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.Token;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells which sentences may hold a time expression: those with a token that has a digit or is a
 * calendar, clock or deictic time word ({@code date-like-words.tsv}: "March", "week", "ago",
 * "yesterday", "Christmas"). SUTime then runs on those alone. Immutable and thread-safe.
 */
public final class DateLikeSentences {
  /** Words that can start or carry a time expression. */
  public static final TableSpec TABLE =
      TableSpec.of(
          "time/date-like-words.tsv",
          "words that can start or carry a time expression: SUTime reads only sentences with one",
          Column.text("word").asKey());

  private final Set<String> words;

  private DateLikeSentences(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The filter of {@code rules}, built once per rules. */
  public static DateLikeSentences of(Rules rules) {
    return rules.lexicon(DateLikeSentences.class, DateLikeSentences::load);
  }

  private static DateLikeSentences load(Rules rules) {
    Set<String> words = new HashSet<>();
    for (TableRow row : rules.table(TABLE).rows()) {
      words.add(row.text("word"));
    }
    return new DateLikeSentences(words);
  }

  /** Whether any token of {@code sentence} has a digit or is a date-like word. */
  public boolean isDateLike(Sentence sentence) {
    for (Token t : sentence.tokens()) {
      if (isDateLike(t.text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether one token has a digit or is (or is hyphen-joined to) a date-like word. */
  public boolean isDateLike(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    String w = token.toLowerCase(Locale.ROOT).replaceAll("'s$|\\.$", "");
    for (String part : w.split("-")) {
      if (words.contains(part)
          || (part.endsWith("s") && words.contains(part.substring(0, part.length() - 1)))) {
        return true;
      }
    }
    return false;
  }
}
