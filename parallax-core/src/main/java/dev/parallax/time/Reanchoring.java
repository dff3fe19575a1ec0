package dev.parallax.time;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.annotate.Token;
import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parallax's layer over SUTime. SUTime resolves a bare weekday, month or month-and-day forward from
 * the document date, so "was expelled in January" in an October report becomes next January. Here
 * the tense of the governing verb ({@link TenseReader}) picks the direction instead; "N years ago"
 * keeps the granularity of its unit; a clock time with no day named falls on the publication day;
 * and what TimeML does not count as time ({@link TimeLexicon#isNotTime}) is dropped. Thread-safe.
 */
final class Reanchoring {
  private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(.*)");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");
  private static final Pattern WEEKEND = Pattern.compile("\\d{4}-W\\d\\d-WE");
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\b\\d{4}\\b|'\\d\\d\\b");
  private static final Pattern VAGUE_AGO =
      Pattern.compile("(?i)(?:several|a few|some|many)\\s+\\w+s\\s+ago");
  private static final Pattern WORDS = Pattern.compile("[\\s,]+");

  private final TimeLexicon lexicon;
  private final TenseReader tenses;

  Reanchoring(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.tenses = new TenseReader(lexicon);
  }

  /** The expression re-resolved, or null when it is not a time expression after all. */
  TimeExpression apply(TimeExpression e, Sentence sentence, PartialDate published) {
    if (lexicon.isNotTime(e.text()) || misread(e, sentence)) {
      return null;
    }
    e = ValueForm.normalise(e);
    // "Several years ago" names no year: SUTime picks one; TimeML says only that it is past.
    if (VAGUE_AGO.matcher(e.text().strip()).matches()) {
      return with(e, TimexType.DATE, "PAST_REF");
    }
    LocalDate anchor = published == null ? null : published.toLocalDate().orElse(null);
    if (anchor == null || e.value() == null) {
      return e;
    }
    String value = resolve(e, sentence, anchor);
    return value.equals(e.value()) ? e : with(e, e.type(), value);
  }

  private String resolve(TimeExpression e, Sentence sentence, LocalDate anchor) {
    Shape shape = Shape.of(WORDS.split(e.text().strip()), lexicon);
    if (shape.month() > 0
        && shape.day() == 0
        && shape.unit() == null
        && "-+".contains(nonNull(shape.shift()))) {
      // "last April" is the latest April before this month, not April of last year.
      Tense tense = shape.shift().equals("-") ? Tense.PAST : Tense.FUTURE;
      YearMonth now = YearMonth.from(anchor);
      YearMonth m = Direction.month(anchor, shape.month(), tense);
      return (m.equals(now) ? m.plusYears(shape.shift().equals("-") ? -1 : 1) : m).toString();
    }
    if (shape.shifted()) {
      return shape.unit() == null ? e.value() : truncate(e.value(), shape.unit());
    }
    if (EXPLICIT_YEAR.matcher(e.text()).find()) {
      return e.value();
    }
    if (shape.weekday() > 0 && shape.month() == 0) {
      Tense tense = tenseAt(sentence, e);
      return replaceDate(e.value(), Direction.weekday(anchor, shape.weekday(), tense));
    }
    if (shape.month() > 0 && shape.day() > 0) {
      Tense tense = tenseAt(sentence, e);
      return replaceDate(
          e.value(),
          Direction.monthDay(anchor, shape.month(), shape.day(), shape.weekday(), tense));
    }
    Matcher quarter = QUARTER.matcher(e.value());
    if (quarter.matches() && shape.ordinal() > 0) {
      YearMonth first = YearMonth.of(anchor.getYear(), 3 * shape.ordinal() - 2);
      int year = Direction.month(anchor, first.getMonthValue(), tenseAt(sentence, e)).getYear();
      return year + "-Q" + shape.ordinal();
    }
    if (shape.month() > 0) {
      Matcher m = YEAR_MONTH.matcher(e.value());
      if (m.matches()) {
        return Direction.month(anchor, shape.month(), tenseAt(sentence, e)).toString();
      }
      return e.value();
    }
    Matcher weekend = WEEKEND.matcher(e.value());
    if (weekend.matches() && !shape.namesDay()) {
      LocalDate saturday = Direction.weekday(anchor, 6, tenseAt(sentence, e));
      return String.format(
          "%04d-W%02d-WE",
          saturday.get(IsoFields.WEEK_BASED_YEAR), saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    if (e.type() == TimexType.TIME && !shape.namesDay()) {
      return replaceDate(e.value(), anchor);
    }
    String holiday = lexicon.holidayRule(e.text());
    Matcher date = FULL_DATE.matcher(e.value());
    if (holiday != null && date.matches() && date.group(4).isEmpty()) {
      LocalDate found = LocalDate.parse(e.value());
      return Holidays.redirect(found, holiday, tenseAt(sentence, e), anchor).toString();
    }
    return e.value();
  }

  /**
   * A one-word expression SUTime read as time against its part of speech: a verb or preposition
   * ("present", "past", "march"), a month written in lower case ("the march"), or a month name
   * followed by a capitalised name ("Jan Smith").
   */
  private boolean misread(TimeExpression e, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Token> inside =
        tokens.stream().filter(t -> t.end() > e.start() && t.start() < e.end()).toList();
    if (inside.size() != 1) {
      return false;
    }
    Token t = inside.get(0);
    String pos = t.pos() == null ? "" : t.pos();
    if (pos.startsWith("VB") || pos.equals("IN")) {
      return true;
    }
    if (lexicon.month(t.text()) == 0) {
      return false;
    }
    if (Character.isLowerCase(t.text().charAt(0))) {
      return true;
    }
    int next = t.index() + 1;
    return next < tokens.size() && startsName(tokens.get(next));
  }

  private boolean startsName(Token t) {
    return "NNP".equals(t.pos())
        && Character.isUpperCase(t.text().charAt(0))
        && lexicon.month(t.text()) == 0
        && lexicon.weekday(t.text()) == 0;
  }

  private Tense tenseAt(Sentence sentence, TimeExpression e) {
    List<Token> tokens = sentence.tokens();
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.end() > e.start() && t.start() < e.end()) {
        first = first < 0 ? t.index() : first;
        last = t.index();
      }
    }
    return first < 0 ? Tense.UNKNOWN : tenses.tenseOf(sentence, first, last);
  }

  private static String nonNull(String s) {
    return s == null ? "?" : s;
  }

  private static String replaceDate(String value, LocalDate date) {
    Matcher m = FULL_DATE.matcher(value);
    return m.matches() ? date + m.group(4) : value;
  }

  // "two years ago" names a year, not the day two years back: keep the unit's granularity.
  private static String truncate(String value, String unit) {
    Matcher m = FULL_DATE.matcher(value);
    if (!m.matches() || !m.group(4).isEmpty()) {
      return value;
    }
    LocalDate date = LocalDate.parse(value.substring(0, 10));
    return switch (unit) {
      case "E" -> m.group(1).substring(0, 3);
      case "Y" -> m.group(1);
      case "M" -> YearMonth.from(date).toString();
      case "W" ->
          String.format(
              "%04d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      default -> value;
    };
  }

  private static TimeExpression with(TimeExpression e, TimexType type, String value) {
    return new TimeExpression(e.start(), e.end(), e.text(), type, value, e.sentence());
  }
}
