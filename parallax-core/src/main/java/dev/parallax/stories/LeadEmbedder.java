package dev.parallax.stories;

import dev.parallax.model.Article;

/**
 * Maps an article's headline and lead to a dense vector whose cosine says how alike two leads are
 * in meaning. Optional in story grouping (see {@link StoryOptions#embeddingWeight()}), and off in
 * the product's pipeline: the one implementation, on all-MiniLM-L6-v2, is parallax-eval's {@code
 * MiniLmLeadEmbedder}, for {@code eval stories --embeddings}. Implementations must be thread-safe.
 */
public interface LeadEmbedder {
  /** The vector of {@code article}'s headline and lead; never null, same length for all. */
  float[] embed(Article article);
}
