/**
 * Quotes stage: who said what.
 *
 * <p>Consumes an {@link dev.parallax.annotate.AnnotatedArticle} (tokens, lemmas, dependencies of
 * the sentences holding a speech cue or a quotation mark, coreference) and its {@link
 * dev.parallax.actors.ArticleActors}; produces {@link dev.parallax.model.Quote} records (direct,
 * indirect and mixed) with the speaker's actor mention and a normalised {@link
 * dev.parallax.quotes.Claim}, and the scare-quoted labels of the article ({@link
 * dev.parallax.quotes.ScareQuote}). Speech cues are data: {@code speech-cues.tsv}.
 */
package dev.parallax.quotes;
