package dev.parallax.stories;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in English text: full dates ("19 June 2025", "October 23, 2021", "2021-10-23"),
 * month-day dates without a year ("on October 22"), and month names. Thread-safe.
 */
final class DateCues {
  private static final String MONTH = "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2}),?\\s*(\\d{4})\\b");
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+" + MONTH + "\\b");
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "\\b(January|February|March|April|May|June|July|August|September|October|November"
              + "|December)\\b");
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private DateCues() {}

  /** The first full calendar date written in {@code text}. */
  static Optional<LocalDate> firstFullDate(String text) {
    Matcher[] ms = {DAY_MONTH_YEAR.matcher(text), MONTH_DAY_YEAR.matcher(text), ISO.matcher(text)};
    LocalDate best = null;
    int at = Integer.MAX_VALUE;
    for (int k = 0; k < ms.length; k++) {
      Matcher m = ms[k];
      while (m.find() && m.start() < at) {
        LocalDate d =
            k == 0
                ? date(m.group(3), m.group(2), m.group(1))
                : k == 1
                    ? date(m.group(3), m.group(1), m.group(2))
                    : date(m.group(1), m.group(2), m.group(3));
        if (d != null) {
          best = d;
          at = m.start();
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The first month-day date written in {@code text} ("March 14"), as {@code month * 100 + day}.
   */
  static int firstMonthDay(String text) {
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      int month = month(m.group(1) != null ? m.group(1) : m.group(4));
      int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      if (month > 0 && day >= 1 && day <= 31) {
        return month * 100 + day;
      }
    }
    return 0;
  }

  /** Adds {@code d:M-D} for each month-day date and {@code m:mon} for each month name. */
  static void addTerms(String text, double weight, Map<String, Double> terms) {
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      int month = month(m.group(1) != null ? m.group(1) : m.group(4));
      int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
      if (month > 0 && day >= 1 && day <= 31) {
        terms.merge("d:" + month + "-" + day, weight, Double::sum);
      }
    }
    Matcher named = MONTH_NAME.matcher(text);
    while (named.find()) {
      terms.merge("m:" + month(named.group(1)), weight, Double::sum);
    }
  }

  private static int month(String name) {
    return MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
  }

  private static LocalDate date(String year, String month, String day) {
    int mo = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : month(month);
    try {
      return LocalDate.of(Integer.parseInt(year), mo, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null; // "31 February 2021" is no date: ignore it
    }
  }
}
