package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates as pages write them: ISO stamps ({@code 2021-10-23T08:00:00Z}, {@code
 * 2021/10/23}), dates in words ({@code October 23, 2021}, {@code October 23,2021}, {@code Oct. 23
 * 2021}, {@code 23 Oct 2021}, {@code 23rd of October 2021}, {@code 2021 Oct 23}), numeric day-first
 * dates ({@code 23.10.2021}, month-first when the second number cannot be a month), month and year
 * ({@code October 2021}), and date paths in URLs ({@code /2021/10/23/}). A month name a text dump
 * glued to the word before it ({@code Jane DoeOctober 23, 2021}) is read too. Month names come from
 * {@code months.tsv}.
 *
 * <p>The calendar date is taken as written: a time zone offset never moves the day. Immutable and
 * thread-safe; never throws on bad input (null or no date gives null or an empty list).
 */
public final class PageDates {
  /** A date found in free text, with its UTF-16 offsets in that text. */
  public record Found(PartialDate date, int start, int end) {}

  /** Month names and abbreviations by month number. */
  public static final TableSpec MONTHS =
      TableSpec.of(
          "clean/months.tsv",
          "month names and abbreviations by month number, for reading dates written in words",
          Column.integer("month"),
          Column.text("names"));

  /**
   * A word that may be a month name, or end in one a dump glued on; {@code months.tsv} decides
   * (faster than an alternation).
   */
  private static final String MONTH = "(\\p{L}{3,24})";

  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(\\d{4})";
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d.])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern COMPACT_ISO =
      Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})T\\d{2}");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<!\\p{L})" + MONTH + "\\.?\\s+" + DAY + "\\s*(?:,\\s*|\\s+)" + YEAR + "(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\d.])"
              + DAY
              + "\\.?\\s*(?:of\\s+|de\\s+)?"
              + MONTH
              + "\\.?,?\\s+(?:de\\s+)?"
              + YEAR
              + "(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          "(?<!\\d)" + YEAR + "\\s+" + MONTH + "\\.?\\s+" + DAY + "(?![\\d:])",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");
  private static final Pattern SLASHED =
      Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
  private static final Pattern MONTH_YEAR =
      Pattern.compile(
          "(?<!\\p{L})" + MONTH + "\\.?,?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE);
  private static final Pattern URL_DATE =
      Pattern.compile(
          "/((?:19|20)\\d{2})(?:[/-]?(\\d{2})|/(\\p{L}{3,12})(?=/))[/-]?(\\d{2})?(?=[/_+.-]|$)");

  private final Map<String, Integer> months;

  private PageDates(Map<String, Integer> months) {
    this.months = months;
  }

  /** The date reader of {@code rules}, built once per rules. */
  public static PageDates of(Rules rules) {
    return rules.lexicon(PageDates.class, PageDates::load);
  }

  /**
   * Parses a string meant to hold one date (a meta tag, a {@code datetime} attribute, a JSON-LD
   * value, a byline): the first date found in it, or null. Dates before 1900 or after 2100 are
   * ignored as misreadings.
   */
  public PartialDate parse(String text) {
    List<Found> all = findAll(text);
    return all.isEmpty() ? null : all.get(0).date();
  }

  /**
   * Every date written in {@code text}, in order of position; month-and-year only as a last guess.
   */
  public List<Found> findAll(String text) {
    List<Found> found = new ArrayList<>();
    if (text == null || !hasDigit(text)) {
      return found;
    }
    boolean written =
        collect(ISO, text, found, 1, 3, 4)
            | collect(COMPACT_ISO, text, found, 1, 2, 3)
            | collect(MONTH_DAY_YEAR, text, found, 3, 1, 2)
            | collect(DAY_MONTH_YEAR, text, found, 3, 2, 1)
            | collect(YEAR_MONTH_DAY, text, found, 1, 2, 3);
    collectNumeric(DOTTED, false, text, found);
    collectNumeric(SLASHED, true, text, found);
    // "31 February 2021" is a misprint, not "February 2021".
    if (found.isEmpty() && !written) {
      collect(MONTH_YEAR, text, found, 2, 1, 0);
    }
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /**
   * A date in the path of {@code url} ({@code /2021/10/23/}, {@code /2021-10-23-}, {@code
   * /2021-10-23+Title}, {@code /2021/october/23/}, {@code /2021/10/}), or null.
   */
  public PartialDate fromUrl(String url) {
    if (url == null) {
      return null;
    }
    int query = url.indexOf('?');
    Matcher m = URL_DATE.matcher(query < 0 ? url : url.substring(0, query));
    while (m.find()) {
      Integer month =
          m.group(2) != null ? Integer.valueOf(m.group(2)) : months.get(lower(m.group(3)));
      PartialDate d =
          month == null
              ? null
              : date(
                  Integer.parseInt(m.group(1)),
                  month,
                  m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Adds the dates {@code p} finds; true when it matched any text with a month, even no date. */
  private boolean collect(Pattern p, String text, List<Found> out, int y, int mo, int d) {
    Matcher m = p.matcher(text);
    boolean matched = false;
    while (m.find()) {
      if (overlaps(out, m.start(), m.end())) {
        continue;
      }
      Integer month = number(m.group(mo));
      matched |= month != null;
      PartialDate date =
          month == null
              ? null
              : date(
                  Integer.parseInt(m.group(y)), month, d == 0 ? 0 : Integer.parseInt(m.group(d)));
      if (date != null) {
        out.add(new Found(date, m.start(), m.end()));
      }
    }
    return matched;
  }

  /**
   * {@code 23.10.2021} is day-first and {@code 10/23/2021} month-first (the common forms), unless
   * the number that would be the month cannot be one.
   */
  private static void collectNumeric(Pattern p, boolean monthFirst, String text, List<Found> out) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int y = Integer.parseInt(m.group(3));
      boolean aIsMonth = monthFirst ? a <= 12 : b > 12;
      PartialDate date = aIsMonth ? date(y, a, b) : date(y, b, a);
      if (date != null && !overlaps(out, m.start(), m.end())) {
        out.add(new Found(date, m.start(), m.end()));
      }
    }
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(List<Found> found, int start, int end) {
    for (Found f : found) {
      if (start < f.end() && f.start() < end) {
        return true;
      }
    }
    return false;
  }

  private Integer number(String monthOrName) {
    if (Character.isDigit(monthOrName.charAt(0))) {
      return Integer.parseInt(monthOrName);
    }
    Integer month = months.get(monthOrName.toLowerCase(Locale.ROOT));
    return month != null ? month : gluedMonth(monthOrName);
  }

  /** "DoeOctober": the capitalised tail of a word a dump glued to the byline before it. */
  private Integer gluedMonth(String word) {
    for (int i = word.length() - 3; i > 0; i--) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return months.get(word.substring(i).toLowerCase(Locale.ROOT));
      }
    }
    return null;
  }

  private static PartialDate date(int year, int month, int day) {
    if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 0 || day > 31) {
      return null;
    }
    try {
      return new PartialDate(year, month, day);
    } catch (RuntimeException e) {
      return null; // 31 April and the like: not a date
    }
  }

  private static PageDates load(Rules rules) {
    Map<String, Integer> months = new HashMap<>();
    for (TableRow row : rules.table(MONTHS).rows()) {
      for (String name : row.text("names").split(" ")) {
        months.put(name, row.integer("month"));
      }
    }
    return new PageDates(Map.copyOf(months));
  }
}
