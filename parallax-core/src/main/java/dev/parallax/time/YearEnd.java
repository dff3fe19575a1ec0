package dev.parallax.time;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.model.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "year-end" and "year end" as TimeML does. SUTime marks only "year", as a one-year duration.
 * After a preposition of time ("by year-end", "since year end", in {@code period-words.tsv}) it is
 * a date, the last day of the publication year or, looking back ("since"), of the year before; the
 * expression takes in "-end". Without one it modifies a noun ("year-end results") and is no time
 * expression. Stateless; thread-safe.
 */
final class YearEnd {
  private static final Pattern YEAR = Pattern.compile("(?i)(?:the\\s+)?year");
  private static final Pattern END_AFTER = Pattern.compile("^(?:-|\\s+)end\\b");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\w+)\\s+(?:the\\s+)?$");

  private YearEnd() {}

  /** The expressions, in body order, with year-end read as a date or dropped. */
  static List<TimeExpression> apply(
      String body, List<TimeExpression> expressions, TimeLexicon lexicon, PartialDate published) {
    List<TimeExpression> out = new ArrayList<>(expressions.size());
    for (TimeExpression e : expressions) {
      Matcher end = END_AFTER.matcher(body.substring(e.end()));
      if (!YEAR.matcher(e.text().strip()).matches() || !end.find()) {
        out.add(e);
        continue;
      }
      Matcher word = WORD_BEFORE.matcher(body.substring(Math.max(0, e.start() - 20), e.start()));
      Integer offset = word.find() ? lexicon.yearEndOffset(word.group(1)) : null;
      if (offset != null) {
        int stop = e.end() + end.end();
        String value = published == null ? null : (published.year() + offset) + "-12-31";
        out.add(
            new TimeExpression(
                e.start(),
                stop,
                body.substring(e.start(), stop),
                TimexType.DATE,
                value,
                e.sentence()));
      }
    }
    return out;
  }
}
