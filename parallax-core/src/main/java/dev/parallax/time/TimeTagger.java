package dev.parallax.time;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.model.PartialDate;
import dev.parallax.time.internal.DateLikeSentences;
import dev.parallax.time.internal.SutimeRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the time expressions of an article body and normalises them (TIMEX3 type and value) against
 * its publication date. SUTime finds and normalises; Parallax's own layer ({@link Reanchoring})
 * then re-resolves the expressions whose direction SUTime guesses (a bare month or weekday) by the
 * tense of the verb that governs them, and datelines written {@code October 23,2021} are split
 * before SUTime reads them; "that year", "the following day" are read against the last date the
 * story named ({@link Anaphora}).
 *
 * <p>Input: the body, its sentences (tokens with POS tags; lemmas and parses are not needed) and
 * the publication date, or null. Output: expressions in body order, offsets into the body. When the
 * publication date is null or not known to the day, relative expressions keep an unresolved value
 * ({@code XXXX-10-23}) or null. Thread-safe after construction; build one per JVM (SUTime's rules
 * load in the constructor). Bad input yields an empty list, never an exception.
 */
public final class TimeTagger {
  private static final Logger LOG = LoggerFactory.getLogger(TimeTagger.class);

  /** Which layers run: SUTime alone (for comparison) or SUTime with Parallax's rules. */
  public enum Layers {
    SUTIME_ONLY,
    FULL
  }

  /**
   * Which sentences SUTime reads: those with a digit or a date-like word (the default; see {@link
   * DateLikeSentences}), or all of them (for comparison).
   */
  public enum Scope {
    DATE_LIKE_SENTENCES,
    ALL_SENTENCES
  }

  private final SutimeRunner sutime;
  private final Layers layers;
  private final Reanchoring reanchoring;
  private final TimeLexicon lexicon;

  public TimeTagger() {
    this(Layers.FULL);
  }

  public TimeTagger(Layers layers) {
    this(layers, Scope.DATE_LIKE_SENTENCES);
  }

  public TimeTagger(Layers layers, Scope scope) {
    this.layers = Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(scope, "scope");
    this.sutime = new SutimeRunner(scope == Scope.ALL_SENTENCES ? null : DateLikeSentences.load());
    this.lexicon = TimeLexicon.load();
    this.reanchoring = new Reanchoring(lexicon);
  }

  /**
   * The time expressions of {@code body}.
   *
   * @param sentences the body's sentences, tokens POS-tagged
   * @param published the publication date, or null
   */
  public List<TimeExpression> tag(String body, List<Sentence> sentences, PartialDate published) {
    if (body == null || sentences == null || sentences.isEmpty()) {
      return List.of();
    }
    String anchor =
        published != null && published.precision() == PartialDate.Precision.DAY
            ? published.toString()
            : null;
    try {
      List<TimeExpression> found = sutime.run(body, sentences, anchor);
      if (layers == Layers.SUTIME_ONLY) {
        return found;
      }
      List<TimeExpression> out = new ArrayList<>(found.size());
      for (TimeExpression e : found) {
        TimeExpression kept = reanchoring.apply(e, sentenceAt(sentences, e.sentence()), published);
        if (kept != null) {
          out.add(kept);
        }
      }
      out = MidPeriods.apply(body, sentences, out, lexicon, published);
      out = ReportingPeriods.apply(body, QuarterReference.apply(body, out), lexicon);
      out = SpelledYear.apply(body, HalfUnits.apply(body, out), lexicon);
      out = YearEnd.apply(body, out, lexicon, published);
      return Anaphora.apply(body, out, lexicon);
    } catch (RuntimeException e) {
      LOG.warn("time tagging failed on a {}-char body: {}", body.length(), e.toString());
      return List.of();
    }
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int index) {
    if (index < sentences.size() && sentences.get(index).index() == index) {
      return sentences.get(index);
    }
    return sentences.stream().filter(s -> s.index() == index).findFirst().orElse(sentences.get(0));
  }
}
