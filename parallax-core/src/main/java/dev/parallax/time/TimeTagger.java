package dev.parallax.time;

import dev.parallax.annotate.Sentence;
import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimeExpressionEngine;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import dev.parallax.time.internal.DateLikeSentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Finds the time expressions of an article body and normalises them (TIMEX3 type and value) against
 * its publication date. A {@link TimeExpressionEngine} (SUTime, from {@code
 * annotate.corenlp.CoreNlpAnnotators.sutime()}) finds and normalises; Parallax's own layer ({@link
 * Reanchoring}) then re-resolves the expressions whose direction SUTime guesses (a bare month or
 * weekday) by the tense of the verb that governs them; "that year", "the following day" are read
 * against the last date the story named ({@link Anaphora}).
 *
 * <p>Input: the body, its sentences (tokens with POS tags; lemmas and parses are not needed) and
 * the publication date, or null. Output: expressions in body order, offsets into the body. When the
 * publication date is null or not known to the day, relative expressions keep an unresolved value
 * ({@code XXXX-10-23}) or null. Thread-safe after construction (the engine is); build one per JVM.
 * Bad input yields an empty list, never an exception.
 */
public final class TimeTagger {

  /** Which layers run: the engine alone (for comparison) or the engine with Parallax's rules. */
  public enum Layers {
    SUTIME_ONLY,
    FULL
  }

  /**
   * Which sentences the engine reads: those with a digit or a date-like word (the default; see
   * {@link DateLikeSentences}), or all of them (for comparison).
   */
  public enum Scope {
    DATE_LIKE_SENTENCES,
    ALL_SENTENCES
  }

  private final TimeExpressionEngine engine;
  private final DateLikeSentences filter;
  private final Layers layers;
  private final Reanchoring reanchoring;
  private final TimeLexicon lexicon;

  /** The full tagger over {@code engine}, reading date-like sentences only, with bundled rules. */
  public TimeTagger(TimeExpressionEngine engine) {
    this(engine, Rules.bundled());
  }

  /** The full tagger over {@code engine}, reading date-like sentences only, with {@code rules}. */
  public TimeTagger(TimeExpressionEngine engine, Rules rules) {
    this(engine, Layers.FULL, Scope.DATE_LIKE_SENTENCES, rules);
  }

  /** A tagger with the bundled rules. */
  public TimeTagger(TimeExpressionEngine engine, Layers layers, Scope scope) {
    this(engine, layers, scope, Rules.bundled());
  }

  public TimeTagger(TimeExpressionEngine engine, Layers layers, Scope scope, Rules rules) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.layers = Objects.requireNonNull(layers, "layers");
    Objects.requireNonNull(scope, "scope");
    this.filter = scope == Scope.ALL_SENTENCES ? null : DateLikeSentences.of(rules);
    this.lexicon = TimeLexicon.of(rules);
    this.reanchoring = new Reanchoring(lexicon);
  }

  /**
   * The time expressions of {@code body}.
   *
   * @param sentences the body's sentences, tokens POS-tagged
   * @param published the publication date, or null
   */
  public List<TimeExpression> tag(String body, List<Sentence> sentences, PartialDate published) {
    return tag(body, sentences, published, Diagnostics.logged("time"));
  }

  /**
   * The time expressions of {@code body}; when tagging fails, none, with the failure reported to
   * {@code diagnostics}.
   */
  public List<TimeExpression> tag(
      String body, List<Sentence> sentences, PartialDate published, Diagnostics diagnostics) {
    if (body == null || sentences == null || sentences.isEmpty()) {
      return List.of();
    }
    PartialDate day =
        published != null && published.precision() == PartialDate.Precision.DAY ? published : null;
    try {
      List<TimeExpression> found = engine.find(body, read(sentences), day);
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
      diagnostics.report("time tagging failed, no time expressions kept: " + e);
      return List.of();
    }
  }

  /** The sentences the engine reads: the date-like ones, unless the scope is all sentences. */
  private List<Sentence> read(List<Sentence> sentences) {
    return filter == null ? sentences : sentences.stream().filter(filter::isDateLike).toList();
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int index) {
    if (index < sentences.size() && sentences.get(index).index() == index) {
      return sentences.get(index);
    }
    return sentences.stream().filter(s -> s.index() == index).findFirst().orElse(sentences.get(0));
  }
}
