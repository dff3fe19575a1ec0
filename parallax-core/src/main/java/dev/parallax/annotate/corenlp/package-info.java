/**
 * The CoreNLP adapter behind {@link dev.parallax.annotate.Annotator}: the only package that sees
 * CoreNLP types. {@link dev.parallax.annotate.corenlp.CoreNlpAnnotators} is its one public entry;
 * it hands out shared, thread-safe annotators per profile.
 */
package dev.parallax.annotate.corenlp;
