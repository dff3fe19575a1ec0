package dev.parallax.events;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.DependencyTree;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableSpec;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event: the date time expression of its sentence attached to the trigger (inside a
 * dependent of the trigger), else the nearest one in the sentence when the trigger is past tense
 * and its clause is the nearest to it, else, in a sentence that opens on a back reference ("At the
 * time, ...": {@code back-references.tsv}), the last calendar date named before the sentence, else
 * the publication date. A time expression the time stage could not resolve to a calendar date ("on
 * Friday" in a report without a year, "earlier") leaves the event undated: no date beats a guessed
 * one. Thread-safe.
 */
public final class EventDates {
  public static final TableSpec TABLE =
      TableSpec.of(
          "events/back-references.tsv",
          "phrases that open a sentence set at a time named before (\"at the time\")",
          Column.text("phrase").asKey());

  private static final Pattern YEARLESS = Pattern.compile("XXXX-(\\d{2})-(\\d{2})");
  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private final List<String> backReferences;

  EventDates(Rules rules) {
    this.backReferences = rules.table(TABLE).rows().stream().map(r -> r.text("phrase")).toList();
  }

  PartialDate date(AnnotatedArticle article, DependencyTree g, int trigger) {
    TimeExpression chosen = chosen(article, g, trigger);
    if (chosen == null && opensOnBackReference(article, g)) {
      chosen = lastDateBefore(article, g.sentence().start());
    }
    if (chosen == null || "PRESENT_REF".equals(chosen.value())) {
      return article.article().published();
    }
    return calendar(chosen.value()).orElse(null);
  }

  /**
   * The month and day of the event when its time expression names them without a year ("on October
   * 22" in an undated report, {@code XXXX-10-22}), else null: a later stage may find the year
   * through a dated report of the same event.
   */
  MonthDay yearlessDay(AnnotatedArticle article, DependencyTree g, int trigger) {
    TimeExpression chosen = chosen(article, g, trigger);
    Matcher m = chosen == null ? null : YEARLESS.matcher(String.valueOf(chosen.value()));
    if (m == null || !m.matches()) {
      return null;
    }
    try {
      return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private boolean opensOnBackReference(AnnotatedArticle article, DependencyTree g) {
    String body = article.article().body();
    int from = g.sentence().start();
    String opening =
        body.substring(from, Math.min(body.length(), from + 20)).toLowerCase(Locale.ROOT);
    return backReferences.stream()
        .anyMatch(
            p ->
                opening.startsWith(p)
                    && opening.length() > p.length()
                    && !Character.isLetter(opening.charAt(p.length())));
  }

  /** The last time expression before {@code offset} with a calendar value, or null. */
  private static TimeExpression lastDateBefore(AnnotatedArticle article, int offset) {
    TimeExpression last = null;
    for (TimeExpression t : article.times()) {
      if (t.end() <= offset && t.type() == TimexType.DATE && calendar(t.value()).isPresent()) {
        last = t;
      }
    }
    return last;
  }

  /** The sentence's date expression that belongs to the trigger, or null. */
  private static TimeExpression chosen(AnnotatedArticle article, DependencyTree g, int trigger) {
    int sentence = g.sentence().index();
    List<TimeExpression> here =
        article.times().stream()
            .filter(t -> t.sentence() == sentence && t.type() == TimexType.DATE)
            .toList();
    if (here.isEmpty()) {
      return null;
    }
    int anchor = g.token(trigger).start();
    return here.stream()
        .filter(t -> attached(g, trigger, t))
        .findFirst()
        .orElseGet(() -> nearestOwned(g, trigger, here, anchor));
  }

  /**
   * The nearest time expression of the sentence, when it can only belong to the trigger: a past
   * event whose clause is the verb clause nearest to the expression. A present-tense stative
   * ("opposes", "does not recognise") is not dated by a year that another clause mentions; null
   * when nothing qualifies.
   */
  private static TimeExpression nearestOwned(
      DependencyTree g, int trigger, List<TimeExpression> here, int anchor) {
    int clause = Tense.clause(g, trigger);
    if (clause < 0 || !Tense.isPast(g, clause)) {
      return null;
    }
    TimeExpression nearest =
        here.stream().min(Comparator.comparingInt(t -> Math.abs(t.start() - anchor))).orElseThrow();
    return Tense.nearestClause(g, nearest.start()) == clause ? nearest : null;
  }

  /** Whether the expression lies inside the phrase of a direct dependent of the trigger. */
  private static boolean attached(DependencyTree g, int trigger, TimeExpression t) {
    for (int c : g.children(trigger)) {
      String relation = g.relation(c);
      if (relation.startsWith("obl")
          || relation.startsWith("nmod")
          || relation.startsWith("advmod")) {
        int[] span = Phrases.span(g, c);
        if (span[0] <= t.start() && t.end() <= span[1]) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The calendar date a TIMEX3 value starts with ({@code 2021-10-22}, {@code 2021-10}, {@code
   * 2021}).
   */
  static Optional<PartialDate> calendar(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = CALENDAR.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = value.substring(m.end());
    if (!rest.isEmpty() && !rest.startsWith("T")) {
      return Optional.empty();
    }
    try {
      return Optional.of(PartialDate.parse(m.group()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
