/**
 * Coverage: how each outlet tells a story. Consumes the corpus stages' records (articles, actor
 * mentions, quotes, linked entities, stories, fused events: {@link
 * dev.parallax.coverage.CoverageInput}) and produces one {@link dev.parallax.model.Coverage} per
 * story and outlet ({@link dev.parallax.coverage.CoverageBuilder}): the labels the outlet gives
 * each actor, with spans and whether they are loaded ({@link
 * dev.parallax.coverage.LoadedLabelLexicon}, {@code loaded-labels.tsv}) or differ from the other
 * outlets'; the voices it carries by side; the events it reports and omits; and its tone toward
 * each actor ({@code tone-words.tsv} plus Goldstein values). Word lists are resources: {@code
 * label-words.tsv}, {@code loaded-labels.tsv}, {@code tone-words.tsv}.
 */
package dev.parallax.coverage;
