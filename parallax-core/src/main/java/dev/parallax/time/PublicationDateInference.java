package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers an undated article's publication date from its own time expressions (as {@link TimeTagger}
 * returns them for an unknown date), to the precision the evidence supports:
 *
 * <ol>
 *   <li>a dateline: a date written in full (year, month, day) nearly alone on its line (a lead of
 *       at most three words before it, nothing or a dash after it) in the first three sentences,
 *       that no later day in the text passes, is the date;
 *   <li>otherwise the latest fully dated day D the text names, either written in full or as a
 *       weekday and a month-day whose year is the one year the text names that makes them agree
 *       ("Saturday, October 23" with "2021" elsewhere). A report names days by weekday alone only
 *       within a week of them, so when it does ("on Saturday") publication lies in D..D+6: the
 *       result is the month (or year) that holds that whole window;
 *   <li>otherwise null: a year or a past date alone is history, not a publication date.
 * </ol>
 *
 * Never returns a date the text does not support. Immutable and thread-safe.
 */
public final class PublicationDateInference {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");
  private static final Pattern WORDS = Pattern.compile("[\\s,]+");
  private static final Pattern GAP = Pattern.compile("[\\s,]{0,3}");
  private static final int WEEK = 6;
  private static final int DATELINE_SENTENCES = 3;
  private static final int DATELINE_LEAD_WORDS = 3;
  private static final Pattern DATELINE_END = Pattern.compile("[-\u2013\u2014:|(]");

  private final TimeLexicon lexicon;

  /** The inference with the bundled rules. */
  public PublicationDateInference() {
    this(Rules.bundled());
  }

  public PublicationDateInference(Rules rules) {
    this.lexicon = TimeLexicon.of(rules);
  }

  /**
   * The inferred publication date, or null.
   *
   * @param body the article body the expressions index
   * @param times the article's time expressions, tagged with no publication date, in body order
   */
  public PartialDate infer(String body, List<TimeExpression> times) {
    if (body == null || times == null || times.isEmpty()) {
      return null;
    }
    Set<Integer> years = new TreeSet<>();
    for (TimeExpression t : times) {
      Matcher m = YEAR.matcher(t.text());
      while (m.find()) {
        years.add(Integer.parseInt(m.group(1)));
      }
    }
    List<LocalDate> days = new ArrayList<>();
    LocalDate dateline = null;
    boolean bareWeekday = false;
    for (int i = 0; i < times.size(); i++) {
      TimeExpression t = times.get(i);
      String text = joined(body, t, i + 1 < times.size() ? times.get(i + 1) : null);
      Shape shape = Shape.of(WORDS.split(text.strip()), lexicon);
      LocalDate day = fullDate(text, shape, years);
      if (day != null
          && t.sentence() < DATELINE_SENTENCES
          && YEAR.matcher(text).find()
          && standsAsDateline(body, t.start(), t.start() + text.length())) {
        dateline = dateline == null ? day : dateline;
      }
      if (day != null) {
        days.add(day);
      }
      bareWeekday |= shape.weekday() > 0 && shape.month() == 0 && !shape.shifted();
    }
    if (days.isEmpty()) {
      return null;
    }
    LocalDate latest = days.stream().max(LocalDate::compareTo).orElseThrow();
    if (latest.equals(dateline)) {
      return PartialDate.of(dateline);
    }
    if (!bareWeekday) {
      return null;
    }
    return window(latest, latest.plusDays(WEEK));
  }

  // A dateline has the date nearly alone on its line: at most a short lead ("Published",
  // "RIVERTON,") before it, and nothing but a dash or colon opening what follows.
  private static boolean standsAsDateline(String body, int start, int end) {
    int lineStart = body.lastIndexOf('\n', start - 1) + 1;
    int lineEnd = body.indexOf('\n', end);
    String lead = body.substring(lineStart, start).strip();
    String rest = body.substring(end, lineEnd < 0 ? body.length() : lineEnd).strip();
    boolean shortLead = lead.isEmpty() || WORDS.split(lead).length <= DATELINE_LEAD_WORDS;
    return shortLead && (rest.isEmpty() || DATELINE_END.matcher(rest).lookingAt());
  }

  // An expression with the next one when only a comma or spaces part them ("Saturday, Oct. 23").
  private static String joined(String body, TimeExpression t, TimeExpression next) {
    if (next != null
        && next.start() >= t.end()
        && next.end() <= body.length()
        && GAP.matcher(body.substring(t.end(), next.start())).matches()) {
      return body.substring(t.start(), next.end());
    }
    return t.text();
  }

  // The day an expression names in full, or null.
  private static LocalDate fullDate(String text, Shape shape, Set<Integer> years) {
    if (shape.month() == 0 || shape.day() == 0) {
      return null;
    }
    Matcher own = YEAR.matcher(text);
    if (own.find()) {
      return date(Integer.parseInt(own.group(1)), shape.month(), shape.day());
    }
    if (shape.weekday() == 0) {
      return null;
    }
    LocalDate agreeing = null;
    for (int year : years) {
      LocalDate d = date(year, shape.month(), shape.day());
      if (d != null && d.getDayOfWeek().getValue() == shape.weekday()) {
        if (agreeing != null) {
          return null; // two named years agree with the weekday: no telling which
        }
        agreeing = d;
      }
    }
    return agreeing;
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static PartialDate window(LocalDate from, LocalDate to) {
    if (YearMonth.from(from).equals(YearMonth.from(to))) {
      return PartialDate.of(YearMonth.from(from));
    }
    return from.getYear() == to.getYear() ? PartialDate.ofYear(from.getYear()) : null;
  }
}
