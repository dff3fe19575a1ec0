package dev.parallax.time;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.model.PartialDate;
import java.util.List;

/** One tagger per test JVM: SUTime's rules and the POS model load once. */
final class TimeFixture {
  private static TimeTagger tagger;

  private TimeFixture() {}

  static synchronized TimeTagger tagger() {
    if (tagger == null) {
      tagger = new TimeTagger(CoreNlpAnnotators.sutime());
    }
    return tagger;
  }

  static List<Sentence> sentences(String text) {
    return CoreNlpAnnotators.posTaggedSentences(text);
  }

  static List<TimeExpression> tag(String text, String published) {
    return tagger()
        .tag(text, sentences(text), published == null ? null : PartialDate.parse(published));
  }

  /** The expression whose text is {@code phrase}, or fails. */
  static TimeExpression find(List<TimeExpression> times, String phrase) {
    return times.stream()
        .filter(t -> t.text().contains(phrase) || phrase.contains(t.text()))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no time expression for '" + phrase + "' in " + times));
  }

  /** A hand-built expression over the first occurrence of {@code text} in {@code body}. */
  static TimeExpression at(String body, String text, TimexType type, String value) {
    int start = body.indexOf(text);
    return new TimeExpression(start, start + text.length(), text, type, value, 0);
  }
}
