package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a year written in words. SUTime stops "nineteen ninety-six" at "nineteen ninety" and
 * reads it as 1990; when a spelled-out expression whose year ends in zero is followed by a hyphen
 * and a unit word ({@link TimeLexicon#digit}), the expression takes the unit in: its span grows
 * over "-six" and its year becomes 1996 (the rest of the value, "-WI" of a winter, is kept).
 * Expressions written with digits are left alone. Stateless; thread-safe.
 */
final class SpelledYear {
  private static final Pattern ROUND_YEAR = Pattern.compile("(\\d{3})0(\\D.*)?");
  private static final Pattern UNIT_AFTER = Pattern.compile("-([A-Za-z]+)\\b");
  private static final Pattern DIGITS = Pattern.compile("\\d");

  private SpelledYear() {}

  /** The expressions, in body order, with spelled-out years completed. */
  static List<TimeExpression> apply(
      String body, List<TimeExpression> expressions, TimeLexicon lexicon) {
    List<TimeExpression> out = new ArrayList<>(expressions.size());
    for (TimeExpression e : expressions) {
      out.add(complete(body, e, lexicon));
    }
    return out;
  }

  private static TimeExpression complete(String body, TimeExpression e, TimeLexicon lexicon) {
    if (e.value() == null || e.type() != TimexType.DATE || DIGITS.matcher(e.text()).find()) {
      return e;
    }
    Matcher year = ROUND_YEAR.matcher(e.value());
    if (!year.matches() || e.end() >= body.length()) {
      return e;
    }
    Matcher unit = UNIT_AFTER.matcher(body).region(e.end(), body.length());
    if (!unit.lookingAt() || lexicon.digit(unit.group(1)) == 0) {
      return e;
    }
    int end = unit.end();
    String rest = year.group(2) == null ? "" : year.group(2);
    String value = year.group(1) + lexicon.digit(unit.group(1)) + rest;
    return new TimeExpression(
        e.start(), end, body.substring(e.start(), end), e.type(), value, e.sentence());
  }
}
