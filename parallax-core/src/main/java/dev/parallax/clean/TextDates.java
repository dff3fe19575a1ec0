package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates as pages print them in datelines: "October 23, 2021", "Published October
 * 23,2021", "23 Oct 2021 14:05", "2021-10-23", "2025/4/29", "06.18.2025"; and dates in URL paths
 * ("/2021/10/23/"). Month names come from {@code text-months.tsv}. Thread-safe.
 */
final class TextDates {
  /** Most words a dateline or byline line has ("Updated 5 May 2024 at 10:05 by Jane Roe"). */
  static final int DATELINE_WORDS = 15;

  private static final Map<String, Integer> MONTHS = loadMonths();
  private static final String MONTH =
      MONTHS.keySet().stream()
          .sorted(Comparator.comparing(String::length).reversed())
          .reduce((a, b) -> a + "|" + b)
          .orElseThrow();
  // A month name may follow a lower-case letter when a dump glues the byline to it.
  private static final String LEFT = "(?:(?<=\\p{Ll})|(?<![\\p{L}\\p{N}]))";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          LEFT + "(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s*(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
              + MONTH
              + ")\\.?,?\\s+(\\d{4})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<!\\d)(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern YEAR_LAST =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private TextDates() {}

  /** The earliest-placed date written in {@code text}, or null. */
  static PartialDate first(String text) {
    Found f = earliest(text);
    return f == null ? null : f.date();
  }

  /**
   * A date a dump glued to the start of a paragraph ("Updated: May 2, 2024If you..."): within the
   * first {@code chars} characters and followed at once by a letter; else null. A story that opens
   * on a date ("On May 2, 2024, the council...") is not a dateline.
   */
  static PartialDate glued(String text, int chars) {
    Found f = earliest(text.substring(0, Math.min(text.length(), chars + 1)));
    return f != null && f.end() < text.length() && Character.isLetter(text.charAt(f.end()))
        ? f.date()
        : null;
  }

  private static Found earliest(String text) {
    Found best = null;
    for (Found f :
        Arrays.asList(
            find(MONTH_DAY_YEAR.matcher(text), 3, 1, 2),
            find(DAY_MONTH_YEAR.matcher(text), 3, 2, 1),
            find(YEAR_FIRST.matcher(text), 1, 3, 4),
            find(YEAR_LAST.matcher(text), 4, 1, 3))) {
      if (f != null && (best == null || f.at() < best.at())) {
        best = f;
      }
    }
    return best;
  }

  /** The date in a URL's path ("/2021/10/23/", "/2021-10-23-"), or null. */
  static PartialDate inUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
  }

  private record Found(int at, int end, PartialDate date) {}

  private static Found find(Matcher m, int year, int month, int day) {
    while (m.find()) {
      PartialDate d = date(m.group(year), m.group(month), m.group(day));
      if (d == null && year == 4) {
        d = date(m.group(year), m.group(day), m.group(month)); // day-first when month > 12
      }
      if (d != null) {
        return new Found(m.start(), m.end(), d);
      }
    }
    return null;
  }

  private static PartialDate date(String year, String month, String day) {
    int y = Integer.parseInt(year);
    Integer mo = MONTHS.get(month.toLowerCase(Locale.ROOT));
    int m =
        mo != null ? mo : month.chars().allMatch(Character::isDigit) ? Integer.parseInt(month) : 0;
    int d = Integer.parseInt(day);
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
      return null;
    }
    try {
      return new PartialDate(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null; // 31 April and the like: not a date
    }
  }

  private static Map<String, Integer> loadMonths() {
    Map<String, Integer> months = new HashMap<>();
    for (String[] cols : TsvRows.read("text-months.tsv", 2)) {
      for (String name : cols[1].split(" ")) {
        months.put(name, Integer.parseInt(cols[0]));
      }
    }
    return Map.copyOf(months);
  }
}
