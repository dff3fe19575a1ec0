package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the reporting periods of business copy as TimeML does. "The year ended March 31" or "the
 * fiscal year ending June 30" is a twelve-month span ending on that date: a duration ({@code P1Y}),
 * not the calendar year SUTime returns. "The first nine months of 1997", which SUTime reads as one
 * date, is two expressions: a duration ({@code P9M}) and the year it lies in. Stateless;
 * thread-safe.
 */
final class ReportingPeriods {
  private static final Pattern YEAR = Pattern.compile("(?i)(?:the\\s+)?(?:fiscal\\s+)?year");
  private static final Pattern ENDED_AFTER = Pattern.compile("^\\s+(?:ended|ending)\\b");
  private static final Pattern FIRST_OF =
      Pattern.compile("(?i)((?:the\\s+)?first\\s+(\\w+)\\s+(month|week|quarter)s)\\s+of\\s+(.+)");

  private ReportingPeriods() {}

  /** The expressions, in body order, with reporting periods read as TimeML does. */
  static List<TimeExpression> apply(
      String body, List<TimeExpression> expressions, TimeLexicon lexicon) {
    List<TimeExpression> out = new ArrayList<>(expressions.size());
    for (TimeExpression e : expressions) {
      String text = e.text().strip();
      if (YEAR.matcher(text).matches() && ENDED_AFTER.matcher(body.substring(e.end())).find()) {
        out.add(with(e, e.start(), e.end(), TimexType.DURATION, "P1Y", body));
        continue;
      }
      Matcher first = FIRST_OF.matcher(e.text());
      int count = first.matches() ? count(first.group(2), lexicon) : 0;
      if (count == 0 || e.type() != TimexType.DATE) {
        out.add(e);
        continue;
      }
      String unit = first.group(3).toUpperCase(Locale.ROOT).substring(0, 1);
      out.add(
          with(
              e,
              e.start(),
              e.start() + first.end(1),
              TimexType.DURATION,
              "P" + count + unit,
              body));
      out.add(with(e, e.start() + first.start(4), e.end(), TimexType.DATE, e.value(), body));
    }
    return out;
  }

  private static int count(String word, TimeLexicon lexicon) {
    return word.matches("\\d{1,2}") ? Integer.parseInt(word) : lexicon.digit(word);
  }

  private static TimeExpression with(
      TimeExpression e, int start, int end, TimexType type, String value, String body) {
    return new TimeExpression(start, end, body.substring(start, end), type, value, e.sentence());
  }
}
