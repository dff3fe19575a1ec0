package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes durations written with a half: SUTime reads "2 1/2 years" as a vague "years" ({@code
 * PXY}); the expression takes in the number and the half and its value becomes {@code P2Y6M}.
 * Stateless; thread-safe.
 */
final class HalfUnits {
  private static final Pattern HALF_BEFORE = Pattern.compile("(\\d{1,3})\\s+1/2\\s+$");
  private static final Pattern UNIT = Pattern.compile("(?i)(year|month|day|hour|minute)s?");

  /** Value format per unit: the whole count, then the half in the next smaller unit. */
  private static final Map<String, String> FORMATS =
      Map.of(
          "year", "P%dY6M",
          "month", "P%dM15D",
          "day", "P%dDT12H",
          "hour", "PT%dH30M",
          "minute", "PT%dM30S");

  private HalfUnits() {}

  /** The expressions, in body order, with "N 1/2 units" durations completed. */
  static List<TimeExpression> apply(String body, List<TimeExpression> expressions) {
    List<TimeExpression> out = new ArrayList<>(expressions.size());
    for (TimeExpression e : expressions) {
      out.add(complete(body, e));
    }
    return out;
  }

  private static TimeExpression complete(String body, TimeExpression e) {
    Matcher unit = UNIT.matcher(e.text());
    if (e.type() != TimexType.DURATION || !unit.matches()) {
      return e;
    }
    Matcher half = HALF_BEFORE.matcher(body.substring(Math.max(0, e.start() - 12), e.start()));
    if (!half.find()) {
      return e;
    }
    int start = e.start() - (half.end() - half.start());
    String format = FORMATS.get(unit.group(1).toLowerCase(Locale.ROOT));
    String value = String.format(Locale.ROOT, format, Integer.parseInt(half.group(1)));
    return new TimeExpression(
        start, e.end(), body.substring(start, e.end()), e.type(), value, e.sentence());
  }
}
