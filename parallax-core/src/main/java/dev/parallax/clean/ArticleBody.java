package dev.parallax.clean;

/**
 * The article text a page declares in its JSON-LD {@code articleBody}: a witness for blocks of the
 * page, never a substitute for them. A block is vouched for when its words, in order, occur in the
 * declared text. Immutable.
 */
record ArticleBody(String key) {
  /** Blocks shorter than this are too common to be vouched for by a match. */
  private static final int MIN_WORDS = 5;

  private static final int MIN_LENGTH = 200;

  static final ArticleBody NONE = new ArticleBody("");

  /** The witness of a declared body, or {@link #NONE} when it is absent or too short. */
  static ArticleBody of(String declared) {
    return declared == null || declared.length() < MIN_LENGTH
        ? NONE
        : new ArticleBody(" " + TitleFinder.key(declared) + " ");
  }

  /** Whether the declared body holds {@code block}'s words in the same order. */
  boolean holds(Block block) {
    if (key.isEmpty() || block.words() < MIN_WORDS) {
      return false;
    }
    return key.contains(" " + TitleFinder.key(block.text()) + " ");
  }
}
