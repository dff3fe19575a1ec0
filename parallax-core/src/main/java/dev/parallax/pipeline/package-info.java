/**
 * The pipeline: runs the stages over a corpus ({@link dev.parallax.pipeline.Analysis}) and writes
 * the JSON Lines output of OUTPUT.md, optionally growing a stored corpus ({@link
 * dev.parallax.pipeline.CorpusStore}: per-article results and story state kept between runs).
 */
package dev.parallax.pipeline;
