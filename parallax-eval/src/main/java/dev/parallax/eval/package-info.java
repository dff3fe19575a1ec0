/**
 * Evaluation: scores each stage on public gold sets with the standard metric ({@code parallax eval
 * <task>}), so anyone can check a claim. Readers for the gold formats and the scorers live here;
 * each task prints its figures as one JSON object on its last line. The gold data itself is never
 * part of the project.
 */
package dev.parallax.eval;
