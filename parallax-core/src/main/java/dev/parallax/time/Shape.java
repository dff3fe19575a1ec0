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
    int monthAt = -1;
    String unit = null;
    String shift = null;
    int ordinal = 0;
    String[] clean = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = words[i].replaceAll("(?i)(?<=\\d)(st|nd|rd|th)$|'s$|\\.$", "");
      clean[i] = w;
      weekday = weekday > 0 ? weekday : lexicon.weekday(w);
      if (month == 0 && lexicon.month(w) > 0) {
        month = lexicon.month(w);
        monthAt = i;
      }
      unit = unit != null ? unit : lexicon.unit(w);
      shift = shift != null ? shift : lexicon.shift(w);
      ordinal = ordinal > 0 ? ordinal : lexicon.ordinal(words[i]);
    }
    return new Shape(weekday, month, dayBeside(clean, monthAt), unit, shift, ordinal);
  }

  // The day of the month stands next to the month ("Nov. 9", "9 November", "9th of November"):
  // another number in the expression is a clock time or a count ("5 p.m. EST Nov. 9").
  private static int dayBeside(String[] words, int monthAt) {
    if (monthAt < 0) {
      return 0;
    }
    int[] candidates = {monthAt + 1, monthAt - 1, monthAt - 2};
    for (int i : candidates) {
      if (i >= 0 && i < words.length && words[i].matches("\\d{1,2}")) {
        int day = Integer.parseInt(words[i]);
        if (day >= 1 && day <= 31 && (i != monthAt - 2 || words[i + 1].equalsIgnoreCase("of"))) {
          return day;
        }
      }
    }
    return 0;
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
