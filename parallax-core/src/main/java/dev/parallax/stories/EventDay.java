package dev.parallax.stories;

import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When an article says an event happened: a calendar date to year, month or day, or a month and day
 * without a year ("on October 22" in an undated report), or nothing.
 *
 * <p>Two reports of one event may date it a day apart (an announcement on the 22nd, the departure
 * it ordered on the 23rd; a report counting from a time zone or a publication day), so days at most
 * {@link #SLACK_DAYS} apart are compatible; a coarser date is compatible with the finer dates it
 * contains, and an unknown date with any date.
 *
 * @param date the calendar date, or null
 * @param yearless the month and day given without a year, or null (always null with a date)
 */
record EventDay(PartialDate date, MonthDay yearless) {
  /** Days two reports of the same event may differ by. */
  static final int SLACK_DAYS = 1;

  static final EventDay UNKNOWN = new EventDay(null, null);

  EventDay {
    if (date != null && yearless != null) {
      throw new IllegalArgumentException("a dated event has no yearless day");
    }
  }

  boolean compatible(EventDay o) {
    if (date != null && o.date != null) {
      return compatible(date, o.date);
    }
    if (yearless == null || o.yearless == null) {
      MonthDay md = yearless != null ? yearless : o.yearless;
      PartialDate other = date != null ? date : o.date;
      return md == null || other == null || fits(md, other);
    }
    LocalDate a = yearless.atYear(2000);
    return Math.abs(ChronoUnit.DAYS.between(a, place(o.yearless, a))) <= SLACK_DAYS;
  }

  /** The full day, placing a yearless day in the year that brings it nearest {@code near}. */
  Optional<LocalDate> day(LocalDate near) {
    if (date != null) {
      return date.toLocalDate();
    }
    return yearless == null || near == null ? Optional.empty() : Optional.of(place(yearless, near));
  }

  static boolean compatible(PartialDate a, PartialDate b) {
    if (a.precision() == PartialDate.Precision.DAY && b.precision() == PartialDate.Precision.DAY) {
      long apart = ChronoUnit.DAYS.between(a.toLocalDate().get(), b.toLocalDate().get());
      return Math.abs(apart) <= SLACK_DAYS;
    }
    return a.year() == b.year() && (a.month() == 0 || b.month() == 0 || a.month() == b.month());
  }

  private static boolean fits(MonthDay md, PartialDate date) {
    return switch (date.precision()) {
      case YEAR -> true;
      case MONTH -> md.getMonthValue() == date.month();
      case DAY -> {
        LocalDate d = date.toLocalDate().get();
        yield Math.abs(ChronoUnit.DAYS.between(d, place(md, d))) <= SLACK_DAYS;
      }
    };
  }

  /** {@code md} in the year (of the one before, of and after {@code near}) nearest to it. */
  static LocalDate place(MonthDay md, LocalDate near) {
    LocalDate best = null;
    for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
      LocalDate d = md.atYear(y); // 29 February falls back to the 28th outside leap years
      if (best == null
          || Math.abs(ChronoUnit.DAYS.between(near, d))
              < Math.abs(ChronoUnit.DAYS.between(near, best))) {
        best = d;
      }
    }
    return best;
  }
}
