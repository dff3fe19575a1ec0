/**
 * Time: finds time expressions and normalises them against an article's publication date, and
 * infers a publication date from an article's own dates when it has none. Consumes an article body
 * and its {@link dev.parallax.annotate.Sentence}s (tokens with POS tags); produces {@link
 * dev.parallax.annotate.TimeExpression}s, the time layer of {@link
 * dev.parallax.annotate.AnnotatedArticle}.
 *
 * <p>Dependencies run one way, with the data: this package reads annotate's types, and annotate
 * imports nothing from here. The time layer's value type ({@code TimeExpression}, {@code
 * TimexType}) therefore lives in annotate beside the other layers it holds, while what finds and
 * resolves the values (this package) stays here.
 */
package dev.parallax.time;
