package dev.parallax.events;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.PartialDate;
import dev.parallax.time.TimeExpression;
import dev.parallax.time.TimexType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates an event: the date time expression of its sentence attached to the trigger (inside a
 * dependent of the trigger), else the nearest one in the sentence, else the publication date. A
 * time expression the time stage could not resolve to a calendar date ("on Friday" in a report
 * without a year, "earlier") leaves the event undated: no date beats a guessed one. Thread-safe.
 */
final class EventDates {
  private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private EventDates() {}

  static PartialDate date(AnnotatedArticle article, DepGraph g, int trigger) {
    int sentence = g.sentence().index();
    List<TimeExpression> here =
        article.times().stream()
            .filter(t -> t.sentence() == sentence && t.type() == TimexType.DATE)
            .toList();
    if (here.isEmpty()) {
      return article.article().published();
    }
    int anchor = g.token(trigger).start();
    TimeExpression chosen =
        here.stream()
            .filter(t -> attached(g, trigger, t))
            .findFirst()
            .orElseGet(
                () ->
                    here.stream()
                        .min(Comparator.comparingInt(t -> Math.abs(t.start() - anchor)))
                        .orElseThrow());
    if ("PRESENT_REF".equals(chosen.value())) {
      return article.article().published();
    }
    return calendar(chosen.value()).orElse(null);
  }

  /** Whether the expression lies inside the phrase of a direct dependent of the trigger. */
  private static boolean attached(DepGraph g, int trigger, TimeExpression t) {
    for (int c : g.children(trigger)) {
      String relation = g.relation(c);
      if (relation.startsWith("obl")
          || relation.startsWith("nmod")
          || relation.startsWith("advmod")) {
        int[] span = g.phrase(c);
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
