/**
 * Event extraction: who did what to whom, and when, per article.
 *
 * <p>Consumes an {@link dev.parallax.annotate.AnnotatedArticle} (sentences with lemmas, tags and,
 * for cue sentences, UD dependencies; time expressions) and its {@link
 * dev.parallax.actors.ArticleActors}; produces {@link dev.parallax.events.ExtractedEvent}s, each an
 * article-level {@link dev.parallax.model.Event} with the actor mentions of its source and target.
 *
 * <p>Knowledge is data: the CAMEO code table ({@code cameo-codes.tsv}), the trigger patterns
 * ({@code patterns.tsv}), the words that negate, modalise or block a trigger ({@code
 * modifiers.tsv}) and the intent code of each root ({@code intent.tsv}), all beside these classes.
 */
package dev.parallax.events;
