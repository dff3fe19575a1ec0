package dev.parallax.annotate.corenlp;

import dev.parallax.annotate.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a day and a year written without a space after the comma ({@code 23,2021} in a dateline
 * such as "October 23,2021"): tokenisers read it as one number, and SUTime then misses the date.
 */
final class DatelineSplitter {
  private static final Pattern DAY_COMMA_YEAR =
      Pattern.compile("(\\d{1,2}),((?:1[5-9]|2[01])\\d\\d)");

  private DatelineSplitter() {}

  /** The tokens with every {@code D,YYYY} token split into day, comma and year. */
  static List<Token> split(String body, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      Matcher m = DAY_COMMA_YEAR.matcher(t.text());
      if (!m.matches() || Integer.parseInt(m.group(1)) > 31) {
        out.add(reindexed(t, out.size()));
        continue;
      }
      int comma = t.start() + m.end(1);
      out.add(piece(body, t, out.size(), t.start(), comma, "CD"));
      out.add(piece(body, t, out.size(), comma, comma + 1, ","));
      out.add(piece(body, t, out.size(), comma + 1, t.end(), "CD"));
    }
    return out;
  }

  private static Token reindexed(Token t, int index) {
    return t.index() == index
        ? t
        : new Token(index, t.start(), t.end(), t.text(), t.lemma(), t.pos(), t.ner());
  }

  private static Token piece(String body, Token t, int index, int start, int end, String pos) {
    String text = body.substring(start, end);
    return new Token(index, start, end, text, text, pos, t.ner());
  }
}
