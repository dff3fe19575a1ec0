package dev.parallax.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Resolves an expression that names a weekday, a month or a month and day but no year, from the
 * publication date in the direction the governing verb's tense points. Past: the latest such day on
 * or before the anchor; future: the earliest on or after it; present: the nearest; unknown: for a
 * weekday the past one (news reports what happened), for a month or a date the nearest one. A
 * weekday named with a date ("Monday, Oct. 26") picks the year in which the two agree.
 */
final class Direction {
  /**
   * A past-tense verb may govern a date a little after publication ("the offer was extended to Nov.
   * 20"), a future one a date a little before (a report filed late): how far, in days, a date may
   * lie on the other side of the anchor and still be taken.
   */
  private static final int SLACK_DAYS = 31;

  private Direction() {}

  static LocalDate weekday(LocalDate anchor, int isoDay, Tense tense) {
    int today = anchor.getDayOfWeek().getValue();
    LocalDate before = anchor.minusDays((today - isoDay + 7) % 7);
    LocalDate after = anchor.plusDays((isoDay - today + 7) % 7);
    return switch (tense) {
      case FUTURE -> after;
      case PRESENT -> after.toEpochDay() - anchor.toEpochDay() < 4 ? after : before;
      case PAST, UNKNOWN -> before;
    };
  }

  static LocalDate monthDay(LocalDate anchor, int month, int day, int weekday, Tense tense) {
    LocalDate best = null;
    LocalDate agreeing = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      if (day > YearMonth.of(y, month).lengthOfMonth()) {
        continue;
      }
      LocalDate c = LocalDate.of(y, month, day);
      if (c.getDayOfWeek().getValue() == weekday && closer(c, agreeing, anchor)) {
        agreeing = c;
      }
      if (better(c, best, anchor, tense)) {
        best = c;
      }
    }
    if (agreeing != null) {
      return agreeing;
    }
    return best == null ? anchor : best;
  }

  static YearMonth month(LocalDate anchor, int month, Tense tense) {
    YearMonth now = YearMonth.from(anchor);
    YearMonth best = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      YearMonth c = YearMonth.of(y, month);
      boolean better =
          switch (tense) {
            case PAST -> !c.isAfter(now) && (best == null || c.isAfter(best));
            case FUTURE -> !c.isBefore(now) && (best == null || c.isBefore(best));
            case PRESENT, UNKNOWN -> best == null || distance(c, now) < distance(best, now);
          };
      if (better) {
        best = c;
      }
    }
    return best;
  }

  private static boolean better(LocalDate c, LocalDate best, LocalDate anchor, Tense tense) {
    return switch (tense) {
      case PAST -> !c.isAfter(anchor.plusDays(SLACK_DAYS)) && (best == null || c.isAfter(best));
      case FUTURE ->
          !c.isBefore(anchor.minusDays(SLACK_DAYS)) && (best == null || c.isBefore(best));
      case PRESENT, UNKNOWN -> closer(c, best, anchor);
    };
  }

  private static boolean closer(LocalDate c, LocalDate best, LocalDate anchor) {
    return best == null
        || Math.abs(c.toEpochDay() - anchor.toEpochDay())
            < Math.abs(best.toEpochDay() - anchor.toEpochDay());
  }

  private static long distance(YearMonth a, YearMonth b) {
    return Math.abs(
        (a.getYear() * 12L + a.getMonthValue()) - (b.getYear() * 12L + b.getMonthValue()));
  }
}
