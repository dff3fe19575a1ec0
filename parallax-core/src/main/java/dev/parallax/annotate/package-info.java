/**
 * Annotate: Parallax's own linguistic types (sentences, tokens with lemmas and POS, named entities,
 * UD dependencies, coreference chains) over an article body. Consumes {@link
 * dev.parallax.model.Article}s; produces {@link dev.parallax.annotate.AnnotatedArticle}s. The NLP
 * backend sits behind an adapter: none of its types appear in this package's API.
 */
package dev.parallax.annotate;
