/**
 * Coverage: how each outlet tells a story. So far this package holds the loaded-label lexicon
 * ({@link dev.parallax.coverage.LoadedLabelLexicon}, resource {@code loaded-labels.tsv}): words
 * that carry a judgement of an actor, a place or an act, with a category and a neutral counterpart,
 * matched in article text with spans.
 */
package dev.parallax.coverage;
