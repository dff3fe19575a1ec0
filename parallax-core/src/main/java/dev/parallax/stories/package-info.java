/**
 * Stories: groups cleaned articles ({@link dev.parallax.model.Article}) about the same happening
 * into {@link dev.parallax.model.Story} records, from content only: TF-IDF over folded, lightly
 * stemmed words, multi-word names, knowledge-base actors and dates, with the headline and lead
 * weighted above background paragraphs; the people named in each headline and lead, publication
 * dates and the year each article is mostly about damp the similarity of articles about different
 * protagonists or far apart in time. A new article is compared only with the candidate stories an
 * inverted index of people, distinctive terms and the actor pairs and CAMEO roots of its own events
 * ({@link dev.parallax.stories.EventKeys}) finds near its date ({@code StoryCandidates}), so an
 * addition costs about the same however large the corpus. Then fuses the article-level events that
 * report one real event ({@link dev.parallax.stories.EventFuser}) and dates undated articles
 * through the events they share with dated ones ({@link dev.parallax.stories.SharedEventDates}).
 *
 * <p>Entry points: {@link dev.parallax.stories.StoryGrouper} (batch, order-independent) and {@link
 * dev.parallax.stories.StoryIndex} (incremental). Consumes articles, the actors knowledge base and
 * article-level events; produces stories, fused events and inferred publication dates.
 */
package dev.parallax.stories;
