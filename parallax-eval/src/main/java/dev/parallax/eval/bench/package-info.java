/**
 * The {@code parallax bench} commands and their harness: generated or given text and pages, timed
 * per CPU second of the working thread and per wall-clock second, with peak heap; each benchmark
 * prints its figures as one JSON object on its last line.
 */
package dev.parallax.eval.bench;
