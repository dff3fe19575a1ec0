package dev.parallax.annotate;

import dev.parallax.model.PartialDate;
import java.util.List;

/**
 * The NLP backend's time-expression recogniser: finds the time expressions of sentences already
 * tokenised and POS-tagged, and normalises them against a publication day. The {@code time} stage
 * builds on it (which sentences to read, re-anchoring, anaphora); the backend adapter ({@code
 * annotate.corenlp}, SUTime) implements it, so that {@code time} sees no backend type. Thread-safe.
 */
public interface TimeExpressionEngine {
  /**
   * The time expressions of {@code sentences}, in the order the backend reports them, offsets into
   * {@code body}, each with the index of the sentence it starts in (0 when none of {@code
   * sentences} holds its start).
   *
   * @param sentences the sentences to read, in body order (a subset of the body's), tokens
   *     POS-tagged
   * @param day the publication date, known to the day, against which relative expressions resolve;
   *     or null, when they keep an unresolved value ({@code XXXX-10-23}) or none
   * @throws IllegalArgumentException when {@code day} is not known to the day
   */
  List<TimeExpression> find(String body, List<Sentence> sentences, PartialDate day);
}
