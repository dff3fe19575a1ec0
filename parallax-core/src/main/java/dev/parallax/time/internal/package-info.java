/**
 * Time internals: {@link dev.parallax.time.internal.DateLikeSentences} picks the sentences worth
 * handing to the time-expression engine. No backend type appears here: SUTime itself sits behind
 * {@link dev.parallax.annotate.TimeExpressionEngine} in {@code annotate.corenlp}. Not API.
 */
package dev.parallax.time.internal;
