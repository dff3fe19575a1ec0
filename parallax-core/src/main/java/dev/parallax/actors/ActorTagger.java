package dev.parallax.actors;

import dev.parallax.annotate.AnnotatedArticle;

/**
 * Finds and resolves the actor mentions of one article. Thread-safe; never throws for odd input.
 */
public interface ActorTagger {
  ArticleActors tag(AnnotatedArticle article);
}
