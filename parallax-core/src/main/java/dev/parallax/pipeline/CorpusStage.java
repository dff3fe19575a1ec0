package dev.parallax.pipeline;

import dev.parallax.model.Diagnostics;
import java.util.List;
import java.util.Set;

/**
 * A corpus stage: reads the per-article results of a corpus and the records of the corpus stages
 * before it, and returns the corpus with the layers it produces added; it never mutates its input.
 * It is given what changed (the articles a run adds) beside a read view of the whole corpus, so
 * that a stage may update only what the added articles touch; the stages here recompute over the
 * whole view. Problems it goes on from are reported to {@code diagnostics}. Called from one thread.
 */
public interface CorpusStage {
  /** The stage's name, as in the timing line and docs ({@code stories}). */
  String name();

  /** The layers this stage reads: each must be produced by a stage before it. */
  Set<Layer> reads();

  /** The layers this stage adds. */
  Set<Layer> produces();

  /**
   * @param added the results of the articles this run added, in input order
   * @param corpus every article of the corpus (stored and added) and the records made so far
   */
  Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics);
}
