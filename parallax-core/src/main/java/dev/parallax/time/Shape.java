package dev.parallax.time;

/**
 * What an expression's words name: a weekday, a month, a day of the month, a calendar unit, and
 * whether a shift word ("last", "ago", "tomorrow") makes it explicitly relative.
 *
 * @param weekday ISO day (Monday 1) or 0
 * @param month 1-12 or 0
 * @param day day of the month or 0
 * @param unit {@code E} (decade), {@code Y}, {@code M}, {@code W}, {@code D} or null
 * @param shift the direction of the first shift word: {@code -}, {@code +}, {@code 0}, or null
 * @param ordinal 1-4 when an ordinal of a quarter ("second", "3rd") is named, or 0
 */
record Shape(int weekday, int month, int day, String unit, String shift, int ordinal) {

  static Shape of(String[] words, TimeLexicon lexicon) {
    int weekday = 0;
    int month = 0;
    int day = 0;
    String unit = null;
    String shift = null;
    int ordinal = 0;
    for (String raw : words) {
      String w = raw.replaceAll("(?i)(?<=\\d)(st|nd|rd|th)$|'s$|\\.$", "");
      weekday = weekday > 0 ? weekday : lexicon.weekday(w);
      month = month > 0 ? month : lexicon.month(w);
      unit = unit != null ? unit : lexicon.unit(w);
      shift = shift != null ? shift : lexicon.shift(w);
      ordinal = ordinal > 0 ? ordinal : lexicon.ordinal(raw);
      if (w.matches("\\d{1,2}") && Integer.parseInt(w) >= 1 && Integer.parseInt(w) <= 31) {
        day = day > 0 ? day : Integer.parseInt(w);
      }
    }
    return new Shape(weekday, month, day, unit, shift, ordinal);
  }

  /** Whether a shift word makes the expression explicitly relative. */
  boolean shifted() {
    return shift != null;
  }

  /** Whether the words name a day (a weekday or a month), so a clock time is not on the anchor. */
  boolean namesDay() {
    return weekday > 0 || month > 0 || shift != null;
  }
}
