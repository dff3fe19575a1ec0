/**
 * The pipeline: runs the stages over a corpus ({@link dev.parallax.pipeline.Analysis}) and writes
 * the JSON Lines output of OUTPUT.md.
 */
package dev.parallax.pipeline;
