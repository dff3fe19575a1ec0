/**
 * Peers that the evaluation compares Parallax's stages with, none of them in the product's
 * pipeline: HeidelTime for the time layer ({@code eval timex --engine HEIDELTIME}), Readability4J
 * for the cleaner ({@code eval clean --extractor readability4j}, {@code bench clean}) and the
 * all-MiniLM-L6-v2 lead embedder for story grouping ({@code eval stories --embeddings}). Their
 * libraries are on this module's class path only.
 */
package dev.parallax.eval.baseline;
