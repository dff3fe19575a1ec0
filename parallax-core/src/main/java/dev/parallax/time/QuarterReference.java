package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business reports count in quarters: once a report names a quarter ("the third quarter"), "a year
 * earlier" and "year-ago" mean that quarter a year before, and "the quarter" means the quarter last
 * named (before any is named, the quarter just ended). SUTime reads each expression alone, so it
 * returns a whole year or the publication quarter; this pass carries the last quarter named through
 * the document. A quarter named with an indefinite article ("after a flat second quarter") is an
 * aside and does not move the reference. Once a report turns to a months period ("the first nine
 * months"), "the year-earlier period" is that period a year before (a duration, as TimeML writes
 * it) and "a year earlier" the year before. Stateless, thread-safe.
 */
final class QuarterReference {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR_BACK =
      Pattern.compile(
          "(?i)(?:an?|one|the)?\\s*year(?:\\s+(?:ago|earlier|before)|-(?:ago|earlier))?");
  private static final Pattern BACK_AFTER =
      Pattern.compile("(?i)^(?:\\s+|-)(?:ago|earlier|before)\\b");
  private static final Pattern INDEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:a|an)\\s+$");
  private static final Pattern MONTHS = Pattern.compile("P([4-9]|1[01])M");
  private static final Pattern PERIOD_AFTER =
      Pattern.compile("(?i)^(?:\\s+|-)(?:ago|earlier)\\s+(?:period|(?:\\w+\\s+)?months)\\b");
  private static final Pattern THE_QUARTER =
      Pattern.compile("(?i)(?:the|that|this|latest|same|\\s)*(?:quarter|period)");

  private QuarterReference() {}

  /** The expressions, in body order, with quarter references carried forward. */
  static List<TimeExpression> apply(String body, List<TimeExpression> expressions) {
    List<TimeExpression> out = new ArrayList<>(expressions.size());
    Matcher last = null;
    TimeExpression months = null;
    for (TimeExpression e : expressions) {
      TimeExpression resolved =
          last == null ? first(e) : months != null ? afterMonths(body, e, last, months) : null;
      resolved = resolved == null ? resolve(body, e, last) : resolved;
      // Only a quarter the text names moves the reference, not one this pass derived.
      Matcher m = e.value() == null || resolved != e ? null : QUARTER.matcher(e.value());
      if (m != null && m.matches() && (last == null || !aside(body, e))) {
        last = m;
        months = null;
      } else if (last != null && isMonthsPeriod(e)) {
        months = e;
      }
      out.add(resolved);
    }
    return out;
  }

  // "After a flat second quarter": a quarter as a noun with "a" is an aside, while "a
  // third-quarter loss" names the report's own quarter as an adjective.
  private static boolean aside(String body, TimeExpression e) {
    if (e.text().contains("-")) {
      return false;
    }
    String before = body.substring(Math.max(0, e.start() - 4), e.start());
    return INDEFINITE_BEFORE.matcher(before).find()
        || e.text().toLowerCase(Locale.ROOT).matches("an? .*");
  }

  // "The three months ended Sept. 30" is the quarter itself; six or nine months are a new period.
  private static boolean isMonthsPeriod(TimeExpression e) {
    return e.type() == TimexType.DURATION
        && e.value() != null
        && MONTHS.matcher(e.value()).matches()
        && e.text().toLowerCase(Locale.ROOT).contains("month");
  }

  // After "the nine months", "the year-earlier period" is the same span a year before, written as
  // its duration; "a year earlier" is the year before. Null: the quarter rules decide.
  private static TimeExpression afterMonths(
      String body, TimeExpression e, Matcher last, TimeExpression months) {
    String text = e.text().strip().toLowerCase(Locale.ROOT);
    if (!YEAR_BACK.matcher(text).matches()) {
      return null;
    }
    String after = body.substring(e.end());
    if (PERIOD_AFTER.matcher(after).find() || text.endsWith("period")) {
      return new TimeExpression(
          e.start(), e.end(), e.text(), TimexType.DURATION, months.value(), e.sentence());
    }
    boolean back = text.contains("ago") || text.contains("earlier") || text.contains("before");
    return back ? with(e, String.valueOf(Integer.parseInt(last.group(1)) - 1)) : null;
  }

  // Before any quarter is named, "the quarter" of a results report is the one just ended, while
  // SUTime reads it as the publication's quarter.
  private static TimeExpression first(TimeExpression e) {
    Matcher m = e.value() == null ? null : QUARTER.matcher(e.value());
    if (m == null || !m.matches() || !THE_QUARTER.matcher(e.text().strip()).matches()) {
      return e;
    }
    int year = Integer.parseInt(m.group(1));
    int quarter = Integer.parseInt(m.group(2));
    return with(e, quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1));
  }

  private static TimeExpression resolve(String body, TimeExpression e, Matcher last) {
    if (last == null) {
      return e;
    }
    int year = Integer.parseInt(last.group(1));
    String quarter = last.group(2);
    String text = e.text().strip().toLowerCase(Locale.ROOT);
    boolean back =
        YEAR_BACK.matcher(text).matches()
            && (text.contains("ago")
                || text.contains("earlier")
                || text.contains("before")
                || BACK_AFTER.matcher(body.substring(e.end())).find());
    if (back) {
      return with(e, (year - 1) + "-Q" + quarter);
    }
    if (THE_QUARTER.matcher(text).matches() && e.type() != TimexType.SET) {
      return with(e, year + "-Q" + quarter);
    }
    return e;
  }

  private static TimeExpression with(TimeExpression e, String value) {
    return new TimeExpression(e.start(), e.end(), e.text(), TimexType.DATE, value, e.sentence());
  }
}
