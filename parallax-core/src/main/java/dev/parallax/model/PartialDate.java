package dev.parallax.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 calendar date known to year, month or day precision: {@code 2021}, {@code 2021-10} or
 * {@code 2021-10-23}. Serialised as that string.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  /**
   * @param month 1-12, or 0 when only the year is known
   * @param day 1-31, or 0 when the day is not known
   */
  public PartialDate {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (month < 0 || month > 12 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("invalid month " + month + " with day " + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day); // validates day-of-month, throws DateTimeException
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.getYear(), month.getMonthValue(), 0);
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0);
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
  @JsonCreator
  public static PartialDate parse(String iso) {
    Matcher m = ISO.matcher(iso == null ? "" : iso.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO 8601 date: " + iso);
    }
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    try {
      return new PartialDate(y, mo, d);
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("not a calendar date: " + iso, e);
    }
  }

  public Precision precision() {
    return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /**
   * The month this date falls in, as a date known to the month ({@code 2021-10-22} gives {@code
   * 2021-10}): this date when it is one, null when only the year is known.
   */
  public PartialDate toMonth() {
    return month == 0 ? null : day == 0 ? this : new PartialDate(year, month, 0);
  }

  /** The full date, when known to the day. */
  public java.util.Optional<LocalDate> toLocalDate() {
    return day == 0
        ? java.util.Optional.empty()
        : java.util.Optional.of(LocalDate.of(year, month, day));
  }

  @JsonValue
  @Override
  public String toString() {
    // digit by digit: String.format was a sixth of the save of a 100k-article store, which writes
    // every date
    char[] out = new char[month == 0 ? 4 : day == 0 ? 7 : 10];
    digits(out, 0, year, 4);
    if (month != 0) {
      out[4] = '-';
      digits(out, 5, month, 2);
    }
    if (day != 0) {
      out[7] = '-';
      digits(out, 8, day, 2);
    }
    return new String(out);
  }

  /** Writes {@code value} (non-negative, below 10^width) into {@code width} zero-padded digits. */
  private static void digits(char[] out, int from, int value, int width) {
    for (int i = from + width - 1; i >= from; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** Orders by year, then month, then day; a less precise date sorts before a more precise one. */
  @Override
  public int compareTo(PartialDate o) {
    int c = Integer.compare(year, o.year);
    if (c == 0) {
      c = Integer.compare(month, o.month);
    }
    return c != 0 ? c : Integer.compare(day, o.day);
  }
}
