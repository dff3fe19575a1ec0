package dev.parallax.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;

/**
 * Resolves an expression that names a weekday, a month or a month and day but no year, from the
 * publication date in the direction the governing verb's tense points. Past: the latest such day on
 * or before the anchor; future: the earliest on or after it; unknown: for a weekday the past one
 * (news reports what happened), for a month or a date the nearest one.
 */
final class Direction {
  private Direction() {}

  static LocalDate weekday(LocalDate anchor, int isoDay, Tense tense) {
    int today = anchor.getDayOfWeek().getValue();
    if (tense == Tense.FUTURE) {
      return anchor.plusDays((isoDay - today + 7) % 7);
    }
    return anchor.minusDays((today - isoDay + 7) % 7);
  }

  static LocalDate monthDay(LocalDate anchor, int month, int day, int weekday, Tense tense) {
    if (!MonthDay.of(month, 1).isValidYear(anchor.getYear()) || day > 31) {
      return anchor;
    }
    LocalDate best = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      if (!MonthDay.of(month, Math.min(day, 29)).isValidYear(y)
          || day > YearMonth.of(y, month).lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = LocalDate.of(y, month, day);
      if (weekday > 0 && candidate.getDayOfWeek().getValue() != weekday) {
        continue;
      }
      if (better(candidate, best, anchor, tense)) {
        best = candidate;
      }
    }
    if (best == null && weekday > 0) {
      return monthDay(anchor, month, day, 0, tense);
    }
    return best == null ? anchor : best;
  }

  static YearMonth month(LocalDate anchor, int month, Tense tense) {
    YearMonth now = YearMonth.from(anchor);
    YearMonth best = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      YearMonth candidate = YearMonth.of(y, month);
      boolean fits =
          tense == Tense.PAST
              ? !candidate.isAfter(now)
              : tense == Tense.FUTURE ? !candidate.isBefore(now) : true;
      if (fits
          && (best == null
              || (tense == Tense.PAST && candidate.isAfter(best))
              || (tense == Tense.FUTURE && candidate.isBefore(best))
              || (tense == Tense.UNKNOWN && distance(candidate, now) < distance(best, now)))) {
        best = candidate;
      }
    }
    return best;
  }

  private static boolean better(LocalDate c, LocalDate best, LocalDate anchor, Tense tense) {
    return switch (tense) {
      case PAST -> !c.isAfter(anchor) && (best == null || c.isAfter(best));
      case FUTURE -> !c.isBefore(anchor) && (best == null || c.isBefore(best));
      case UNKNOWN ->
          best == null
              || Math.abs(c.toEpochDay() - anchor.toEpochDay())
                  < Math.abs(best.toEpochDay() - anchor.toEpochDay());
    };
  }

  private static long distance(YearMonth a, YearMonth b) {
    return Math.abs(
        (a.getYear() * 12L + a.getMonthValue()) - (b.getYear() * 12L + b.getMonthValue()));
  }
}
