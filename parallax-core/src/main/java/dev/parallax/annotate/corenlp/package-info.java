/**
 * The CoreNLP adapter behind {@link dev.parallax.annotate.Annotator}, {@link
 * dev.parallax.annotate.NameTagger} and {@link dev.parallax.annotate.TimeExpressionEngine}: the
 * only package of the analysis that sees CoreNLP types (SUTime included). {@link
 * dev.parallax.annotate.corenlp.CoreNlpAnnotators} is its one public entry; it hands out shared,
 * thread-safe annotators per profile, the SUTime engine the time stage builds on, and the plain
 * POS-tagging split the time evaluation reads.
 */
package dev.parallax.annotate.corenlp;
