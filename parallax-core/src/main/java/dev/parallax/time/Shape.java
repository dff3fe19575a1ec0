package dev.parallax.time;

/**
 * What an expression's words name: a weekday, a month, a day of the month, a calendar unit, and
 * whether a shift word ("last", "ago", "tomorrow") makes it explicitly relative.
 *
 * @param weekday ISO day (Monday 1) or 0
 * @param month 1-12 or 0
 * @param day day of the month or 0
 * @param unit {@code Y}, {@code M}, {@code W}, {@code D} or null
 * @param ordinal 1-4 when an ordinal of a quarter ("second", "3rd") is named, or 0
 */
record Shape(int weekday, int month, int day, String unit, boolean shifted, int ordinal) {

  static Shape of(String[] words, TimeLexicon lexicon) {
    int weekday = 0;
    int month = 0;
    int day = 0;
    String unit = null;
    boolean shifted = false;
    int ordinal = 0;
    for (String raw : words) {
      String w = raw.replaceAll("(?i)(?<=\\d)(st|nd|rd|th)$|'s$|\\.$", "");
      weekday = weekday > 0 ? weekday : lexicon.weekday(w);
      month = month > 0 ? month : lexicon.month(w);
      unit = unit != null ? unit : lexicon.unit(w);
      shifted |= lexicon.isShift(w);
      ordinal = ordinal > 0 ? ordinal : lexicon.ordinal(raw);
      if (w.matches("\\d{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31) {
        day = day > 0 ? day : Integer.parseInt(w);
      }
    }
    return new Shape(weekday, month, day, unit, shifted, ordinal);
  }

  /** Whether the words name a day (a weekday or a month), so a clock time is not on the anchor. */
  boolean namesDay() {
    return weekday > 0 || month > 0 || shifted;
  }
}
