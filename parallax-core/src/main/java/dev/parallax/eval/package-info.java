/**
 * Evaluation: scores each stage on public gold sets with the standard metric ({@code parallax eval
 * <task>}). Readers for the gold formats and the scorers live here; the gold data itself is never
 * part of the project.
 */
package dev.parallax.eval;
