package dev.parallax.eval;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.model.PartialDate;
import dev.parallax.time.TimeTagger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores a {@link TimeTagger} on TimeML documents: each document's raw text is split and tagged
 * ({@link CoreNlpAnnotators#posTaggedSentences}), then tagged for time against its creation date,
 * and the result is scored against the gold TIMEX3s ({@link TimexScore}). Thread-safe when the
 * tagger is.
 */
public final class TimexEvaluation {
  private final TimeTagger tagger;
  private final Function<String, List<Sentence>> splitter;

  /** Evaluates {@code tagger} on sentences from CoreNLP's tokenizer, splitter and POS tagger. */
  public TimexEvaluation(TimeTagger tagger) {
    this(tagger, CoreNlpAnnotators::posTaggedSentences);
  }

  TimexEvaluation(TimeTagger tagger, Function<String, List<Sentence>> splitter) {
    this.tagger = tagger;
    this.splitter = splitter;
  }

  /** The score of one document. */
  public TimexScore score(TimemlDocument doc) {
    return TimexScore.of(doc.timexes(), system(doc));
  }

  /** What the tagger finds in {@code doc}, as scorable spans. */
  public List<TimexSpan> system(TimemlDocument doc) {
    return system(doc, splitter.apply(doc.text()));
  }

  /** What the tagger finds in {@code doc} split into {@code sentences}, as scorable spans. */
  public List<TimexSpan> system(TimemlDocument doc, List<Sentence> sentences) {
    List<TimexSpan> out = new ArrayList<>();
    for (TimeExpression e : tagger.tag(doc.text(), sentences, creationDate(doc.dct()))) {
      out.add(new TimexSpan(e.start(), e.end(), e.type().name(), e.value()));
    }
    return out;
  }

  /** The day of a TIMEX3 creation-time value ({@code 1998-11-20T19:30}), or null. */
  static PartialDate creationDate(String dct) {
    if (dct == null || dct.length() < 10) {
      return null;
    }
    try {
      return PartialDate.parse(dct.substring(0, 10));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
