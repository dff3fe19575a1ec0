package dev.parallax.pipeline;

import dev.parallax.model.Diagnostics;
import java.util.Set;

/**
 * A per-article stage: a pure function of one {@link Document} and the read-only models it was
 * built with. It reads the layers it declares, returns a new document with the layers it produces
 * added, and never mutates its input. It either goes on from a problem with a partial result and a
 * report to {@code diagnostics}, or fails the document ({@link Document#rejected(String)} for bad
 * input; an exception for a fault), and the pipeline, in one place, turns a failed document into
 * its rejection naming this stage. Implementations are thread-safe after construction.
 */
public interface ArticleStage {
  /** The stage's name, as in the timing line, rejections and docs ({@code annotate}). */
  String name();

  /** The layers this stage reads: each must be produced by a stage before it. */
  Set<Layer> reads();

  /** The layers this stage adds. */
  Set<Layer> produces();

  /**
   * Loads what the stage needs (models, lexicons), once per JVM; called before the first document,
   * so that a run whose inputs were all stored loads nothing.
   */
  default void prepare() {}

  /**
   * Whether the stage reads English only (its models, lexicons or rules are English). For an
   * article the pipeline does not analyse (another language, or mostly another script than Latin),
   * the pipeline runs no such stage nor any stage after it: the article is kept with the layers
   * made before, and a diagnostic says why.
   */
  default boolean englishOnly() {
    return false;
  }

  /** The document with this stage's layers added, or rejected. */
  Document apply(Document document, Diagnostics diagnostics);
}
