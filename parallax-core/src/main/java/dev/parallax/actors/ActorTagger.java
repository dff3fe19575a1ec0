package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.Diagnostics;

/**
 * Finds and resolves the actor mentions of one article. Thread-safe; never throws for odd input.
 */
public interface ActorTagger {
  /**
   * The actor mentions of {@code article}; when resolution stops early, those found so far, with
   * the failure reported to {@code diagnostics}.
   */
  ArticleActors tag(AnnotatedArticle article, Diagnostics diagnostics);

  /** The actor mentions of {@code article} outside a pipeline: a failure is logged. */
  default ArticleActors tag(AnnotatedArticle article) {
    return tag(article, Diagnostics.logged("actors"));
  }
}
