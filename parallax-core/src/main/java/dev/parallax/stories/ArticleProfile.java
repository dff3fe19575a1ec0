package dev.parallax.stories;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the grouper compares about one article: its weighted terms and its dates.
 *
 * @param id the article id
 * @param outlet the outlet, or null (kept for the story record, never compared)
 * @param title the headline, or null
 * @param published the publication day, or null when not known to the day
 * @param focusYear the year the article is mostly about (from its lead and its publication), or 0
 * @param terms raw term weights: {@code w:} word stems, {@code n:} multi-word names, {@code k:}
 *     knowledge-base actors, {@code y:} years, {@code d:} month-day dates
 */
record ArticleProfile(
    String id,
    String outlet,
    String title,
    LocalDate published,
    int focusYear,
    Map<String, Double> terms) {
  ArticleProfile {
    Objects.requireNonNull(id, "id");
    terms = Map.copyOf(terms);
  }
}
