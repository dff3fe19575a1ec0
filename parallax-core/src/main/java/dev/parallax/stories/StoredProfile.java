package dev.parallax.stories;

import java.util.Objects;

/**
 * An article's story profile as a {@link StoryIndex} made it, for a store to keep so that a later
 * run restores the index without profiling every stored article again.
 *
 * @param article the article id
 * @param chain a digest of the index's order of arrival up to and including this article: the
 *     profile holds for a restore whose arrivals give the same chain (the boilerplate filter reads
 *     the lines of the articles that arrived before)
 * @param profile the profile and the hashes of the article's lines, encoded ({@link ProfileCodec})
 */
public record StoredProfile(String article, String chain, String profile) {
  public StoredProfile {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(profile, "profile");
  }
}
