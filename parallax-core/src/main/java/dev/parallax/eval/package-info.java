/**
 * Evaluation: readers for public gold sets and the standard metrics, behind {@code parallax eval}.
 * {@link dev.parallax.eval.TimemlReader} reads TimeML, {@link dev.parallax.eval.TimexScore} scores
 * TIMEX3s the TempEval-3 way, {@link dev.parallax.eval.TimexEvaluation} runs the time tagger over
 * TimeML documents.
 */
package dev.parallax.eval;
