package dev.parallax.stories;

/**
 * The kinds of evidence story grouping may use beside the words of the articles (which it always
 * uses), so that what each adds can be measured by leaving it out.
 */
public enum StorySignal {
  /**
   * Names: multi-word capitalised names and knowledge-base actors as terms, and the people each
   * article's headline and lead are about (participants), compared between articles.
   */
  ENTITIES,
  /**
   * Dates: years, month-day dates and months as terms, and the damping of articles about days or
   * years far apart.
   */
  DATES
}
