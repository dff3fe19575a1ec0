package dev.parallax.time;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds what SUTime misses in "mid-November" and "mid-1996": the tokenizer keeps the hyphenated word
 * whole and SUTime sees no month or year in it. TimeML marks it as the month (nearest to the
 * publication date, as a bare month is read when no tense decides) or the year. Stateless;
 * thread-safe.
 */
final class MidPeriods {
  private static final Pattern MID = Pattern.compile("(?i)\\bmid-([a-z]+\\.?|\\d{4})\\b(?!-)");

  private MidPeriods() {}

  /** The expressions, in body order, with "mid-MONTH" and "mid-YEAR" added where none covers. */
  static List<TimeExpression> apply(
      String body,
      List<Sentence> sentences,
      List<TimeExpression> expressions,
      TimeLexicon lexicon,
      PartialDate published) {
    List<TimeExpression> out = new ArrayList<>(expressions);
    Matcher m = MID.matcher(body);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (expressions.stream().anyMatch(e -> e.start() < end && start < e.end())) {
        continue;
      }
      String value = value(m.group(1), lexicon, published);
      Sentence s = sentenceOf(sentences, start);
      if (value != null && s != null) {
        out.add(
            new TimeExpression(
                start, end, body.substring(start, end), TimexType.DATE, value, s.index()));
      }
    }
    out.sort(Comparator.comparingInt(TimeExpression::start));
    return out;
  }

  private static String value(String word, TimeLexicon lexicon, PartialDate published) {
    if (Character.isDigit(word.charAt(0))) {
      return word;
    }
    int month = lexicon.month(word);
    if (month == 0) {
      return null;
    }
    LocalDate anchor = published == null ? null : published.toLocalDate().orElse(null);
    return anchor == null
        ? String.format("XXXX-%02d", month)
        : Direction.month(anchor, month, Tense.UNKNOWN).toString();
  }

  private static Sentence sentenceOf(List<Sentence> sentences, int offset) {
    return sentences.stream()
        .filter(s -> s.start() <= offset && offset < s.end())
        .findFirst()
        .orElse(null);
  }
}
