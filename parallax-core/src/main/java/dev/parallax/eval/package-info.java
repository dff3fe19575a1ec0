/**
 * Eval: scores stages on public gold sets with the standard metric of each task, so anyone can
 * check a claim. Consumes gold files and a stage; produces scores whose last printed line is one
 * JSON object.
 */
package dev.parallax.eval;
