/**
 * Stories: groups cleaned articles ({@link dev.parallax.model.Article}) about the same happening
 * into {@link dev.parallax.model.Story} records, from content only: TF-IDF over folded, lightly
 * stemmed words, multi-word names, knowledge-base actors and dates, with the headline and lead
 * weighted above background paragraphs, and publication dates and the year each article is mostly
 * about damping the similarity of articles far apart in time.
 *
 * <p>Entry points: {@link dev.parallax.stories.StoryGrouper} (batch, order-independent) and {@link
 * dev.parallax.stories.StoryIndex} (incremental). Consumes articles and the actors knowledge base;
 * produces stories without event dates or events (later stages fill those).
 */
package dev.parallax.stories;
