package dev.parallax.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Moves a holiday to the year the governing verb's tense points to. SUTime resolves "Thanksgiving"
 * forward, so "was found on Thanksgiving" in a January report becomes the coming November; a past
 * tense takes the latest one before publication, a future tense the next one after. The holiday
 * recurs by its rule ({@code holidays.tsv}): the same day, or the same weekday of the same week or
 * the last week of its month. Stateless; thread-safe.
 */
final class Holidays {
  private Holidays() {}

  /** The holiday resolved by SUTime as {@code date}, moved by {@code tense} and its rule. */
  static LocalDate redirect(LocalDate date, String rule, Tense tense, LocalDate anchor) {
    int year;
    if (tense == Tense.PAST && date.isAfter(anchor.plusDays(1))) {
      year = date.getYear() - 1;
    } else if (tense == Tense.FUTURE && date.isBefore(anchor.minusDays(1))) {
      year = date.getYear() + 1;
    } else {
      return date;
    }
    DayOfWeek weekday = date.getDayOfWeek();
    LocalDate month = LocalDate.of(year, date.getMonth(), 1);
    return switch (rule) {
      case "FIXED" -> date.withYear(year);
      case "NTH" ->
          month
              .with(TemporalAdjusters.firstInMonth(weekday))
              .plusWeeks((date.getDayOfMonth() - 1) / 7);
      case "LAST" -> month.with(TemporalAdjusters.lastInMonth(weekday));
      default -> date;
    };
  }
}
