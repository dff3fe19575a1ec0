/**
 * Annotate: Parallax's own linguistic types (sentences, tokens with lemmas and POS, named entities,
 * UD dependencies, coreference chains, time expressions) over an article body. Consumes {@link
 * dev.parallax.model.Article}s; produces {@link dev.parallax.annotate.AnnotatedArticle}s through an
 * {@link dev.parallax.annotate.Annotator} of a chosen {@link dev.parallax.annotate.Profile}.
 *
 * <p>The NLP backend sits behind an adapter ({@code annotate.corenlp}): none of its types appear in
 * this package's API. What is decided here, backend-free: which sentences deserve a parse ({@link
 * dev.parallax.annotate.ParseCues}, from {@code parse-cues.tsv}) and the rule-based coreference
 * ({@link dev.parallax.annotate.PronounCoref}, from {@code pronouns.tsv}).
 *
 * <p>The time layer's type ({@link dev.parallax.annotate.TimeExpression}) is declared here, but its
 * values are filled in by the {@code time} stage, which reads this package's sentences: annotate
 * imports nothing from {@code time}, so the two packages form no cycle.
 */
package dev.parallax.annotate;
