package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.regex.Pattern;

/**
 * Brings SUTime's values to TIMEX3 form: decades and centuries as TimeML writes them ({@code 197},
 * {@code 19}, not {@code 197X}, {@code 19XX}) and typed DATE; compound values that are not TIMEX3
 * ({@code 1997 INTERSECT P9M}) cut to their leading value; SUTime's placeholders for what it could
 * not anchor ({@code THIS}, {@code OFFSET}) dropped to null; a clock time's zone offset ({@code
 * T17:00-0500} from "5 p.m. EST") dropped, since the time is read as the text's local time, as
 * TimeML writes it.
 */
final class ValueForm {
  private static final Pattern DECADE = Pattern.compile("\\d{3}X");
  private static final Pattern CENTURY = Pattern.compile("\\d{2}XX");
  private static final Pattern TIMEX_VALUE =
      Pattern.compile("[0-9X]{2}.*|P[0-9XT].*|T\\d.*|(?:PRESENT|PAST|FUTURE)_REF");
  private static final Pattern ZONE = Pattern.compile("(.*T\\d\\d(?::\\d\\d)*)(?:[+-]\\d{4}|Z)");
  private static final Pattern SIMPLE = Pattern.compile("[0-9A-Z:.\\-]+");

  private ValueForm() {}

  static TimeExpression normalise(TimeExpression e) {
    String value = e.value();
    if (value == null) {
      return e;
    }
    int space = value.indexOf(' ');
    if (space > 0 && SIMPLE.matcher(value.substring(0, space)).matches()) {
      value = value.substring(0, space);
    }
    if (!TIMEX_VALUE.matcher(value).matches()) {
      // SUTime's placeholders for what it could not anchor ("THIS", "OFFSET"): no value.
      value = null;
    }
    java.util.regex.Matcher zone = value == null ? null : ZONE.matcher(value);
    if (zone != null && zone.matches()) {
      value = zone.group(1);
    }
    TimexType type = e.type();
    if (value != null && (DECADE.matcher(value).matches() || CENTURY.matcher(value).matches())) {
      value = value.substring(0, value.indexOf('X'));
      type = TimexType.DATE;
    }
    return java.util.Objects.equals(value, e.value()) && type == e.type()
        ? e
        : new TimeExpression(e.start(), e.end(), e.text(), type, value, e.sentence());
  }
}
