package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves time expressions that point back into the story rather than at the publication date:
 * "that year", "the same day", "earlier that day", "the following month", "the next day", "the year
 * before". Their reference is the last date the text named before them (an explicit date, or one
 * already resolved, such as a weekday), not the publication date SUTime reads them against; SUTime
 * often marks only the unit word ("day", as a one-day duration), so the expression's extent grows
 * over the words that make it anaphoric. The words come from {@code anaphors.tsv}: the offset, in
 * units, from the reference). With no date named before, the expression is left as SUTime gave it.
 * Stateless; thread-safe.
 */
final class Anaphora {
  private static final Pattern REFERENCE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern UNIT_WORD = Pattern.compile("(?i)(day|week|month|year)");
  private static final Pattern WORD_BEFORE = Pattern.compile("(?i)([a-z]+)\\s+$");

  private Anaphora() {}

  /** The expressions, in body order, with anaphoric ones resolved against the last date named. */
  static List<TimeExpression> apply(
      String body, List<TimeExpression> expressions, TimeLexicon lexicon) {
    List<TimeExpression> out = new ArrayList<>(expressions.size());
    String reference = null;
    for (TimeExpression e : expressions) {
      TimeExpression resolved = reference == null ? e : resolve(body, e, reference, lexicon);
      if (resolved.type() == TimexType.DATE
          && resolved.value() != null
          && REFERENCE.matcher(resolved.value()).matches()) {
        reference = resolved.value();
      }
      out.add(resolved);
    }
    return out;
  }

  private static TimeExpression resolve(
      String body, TimeExpression e, String reference, TimeLexicon lexicon) {
    List<String> words =
        new ArrayList<>(List.of(e.text().strip().toLowerCase(Locale.ROOT).split("\\s+")));
    int unitAt = unitIndex(words);
    // A duration SUTime read over several words ("over the next year") is a duration indeed.
    if (unitAt < 0 || (e.type() == TimexType.DURATION && words.size() > 1)) {
      return e;
    }
    int start = e.start();
    // SUTime marked the unit alone: take in the anaphoric words before it ("earlier that day").
    while (unitAt == words.size() - 1 && !words.get(0).equals("the")) {
      Matcher before = WORD_BEFORE.matcher(body.substring(Math.max(0, start - 20), start));
      String word = before.find() ? before.group(1).toLowerCase(Locale.ROOT) : "";
      if (!word.equals("the") && lexicon.anaphor(word) == null) {
        break;
      }
      words.add(0, word);
      unitAt++;
      start -= before.group().length();
    }
    Integer offset = offsetOf(words, unitAt, lexicon);
    String value = offset == null ? null : shifted(reference, words.get(unitAt), offset);
    if (value == null) {
      return e;
    }
    return new TimeExpression(
        start, e.end(), body.substring(start, e.end()), TimexType.DATE, value, e.sentence());
  }

  // The unit word, when the expression holds exactly one.
  private static int unitIndex(List<String> words) {
    int at = -1;
    for (int i = 0; i < words.size(); i++) {
      if (UNIT_WORD.matcher(words.get(i)).matches()) {
        if (at >= 0) {
          return -1;
        }
        at = i;
      }
    }
    return at;
  }

  /**
   * The offset in units from the reference: 0 when a word pins the same unit ("later that year",
   * "the same day"), else the first shifting word's ("the following month", "the day before"). Null
   * unless every other word is anaphoric: "next year" alone is read against the publication date,
   * "the next year" against the story's.
   */
  private static Integer offsetOf(List<String> words, int unitAt, TimeLexicon lexicon) {
    Integer offset = null;
    boolean pinned = false;
    for (int i = 0; i < words.size(); i++) {
      if (i == unitAt || (i == 0 && words.get(i).equals("the"))) {
        continue;
      }
      Integer o = lexicon.anaphor(words.get(i));
      if (o == null) {
        return null;
      }
      pinned |= o == 0;
      offset = offset == null ? o : offset;
    }
    boolean anchored = words.get(0).equals("the") || pinned;
    return offset == null || !anchored ? null : pinned ? Integer.valueOf(0) : offset;
  }

  private static String shifted(String reference, String unit, int offset) {
    Matcher m = REFERENCE.matcher(reference);
    if (!m.matches()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    if (unit.equals("year")) {
      return String.format(Locale.ROOT, "%04d", year + offset);
    }
    if (m.group(2) == null) {
      return offset == 0 ? reference + (unit.equals("month") ? "-XX" : "-XX-XX") : null;
    }
    int month = Integer.parseInt(m.group(2));
    if (unit.equals("month")) {
      LocalDate d = LocalDate.of(year, month, 1).plusMonths(offset);
      return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }
    if (m.group(3) == null) {
      return offset == 0 && unit.equals("day") ? reference + "-XX" : null;
    }
    LocalDate d = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
    if (unit.equals("week")) {
      d = d.plusWeeks(offset);
      return String.format(
          Locale.ROOT,
          "%04d-W%02d",
          d.get(IsoFields.WEEK_BASED_YEAR),
          d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return d.plusDays(offset).toString();
  }
}
