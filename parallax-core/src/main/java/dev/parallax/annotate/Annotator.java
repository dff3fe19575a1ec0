package dev.parallax.annotate;

import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;

/**
 * Annotates an article body with sentences, tokens and, as its {@link Profile} asks, lemmas,
 * part-of-speech, names, dependencies and coreference.
 *
 * <p>Contract: every offset of the result indexes {@code article.body()} exactly ({@code
 * body.substring(token.start(), token.end()).equals(token.text())}); sentences never cross a
 * paragraph break (a blank line); the result is a pure function of the body, so equal bodies give
 * equal annotations. Time expressions are left empty here: the time stage fills them.
 *
 * <p>Implementations are thread-safe and share their models: one instance serves every thread of a
 * JVM. Bad input (empty, binary, huge) never throws; it yields few or no sentences.
 */
public interface Annotator {
  /** The annotation depth this annotator produces. */
  Profile profile();

  /**
   * Annotates one article; never mutates it. An article the models fail on is returned unannotated
   * (no sentences), with the failure reported to {@code diagnostics}.
   */
  AnnotatedArticle annotate(Article article, Diagnostics diagnostics);

  /** Annotates one article outside a pipeline: a failure is logged as a warning. */
  default AnnotatedArticle annotate(Article article) {
    return annotate(article, Diagnostics.logged("annotate"));
  }
}
