package dev.parallax.stories;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the grouper compares about one article: its weighted terms and its dates, as {@link
 * ArticleProfiler} reads them. The index keeps it in the compact form of a {@link Member}.
 *
 * @param id the article id
 * @param outlet the outlet, or null (kept for the story record, never compared)
 * @param title the headline, or null
 * @param anchor the day the article is about: its publication day, else the first full date near
 *     its top, or null
 * @param anchorMonthDay when there is no anchor, the first month-day date near the top (a dateline
 *     without a year, "March 14") as {@code month * 100 + day}, else 0
 * @param focusYear the year the article is mostly about (from its lead and its publication), or 0
 * @param terms raw term weights: {@code w:} word stems, {@code n:} multi-word names, {@code k:}
 *     knowledge-base actors, {@code y:} years, {@code d:} month-day dates
 * @param people surname keys of the people named in the headline and lead (the participants of the
 *     happening the article reports)
 * @param names every capitalised word of the article, folded: where another article's people are
 *     looked for
 * @param embedding the lead embedding, or null without a {@link LeadEmbedder}
 */
record ArticleProfile(
    String id,
    String outlet,
    String title,
    LocalDate anchor,
    int anchorMonthDay,
    int focusYear,
    Map<String, Double> terms,
    Set<String> people,
    Set<String> names,
    float[] embedding) {
  ArticleProfile {
    Objects.requireNonNull(id, "id");
    // sorted, so that sums over the terms run in one order on every run (Map.copyOf's iteration
    // order changes from one JVM to the next, and with it the last bits of a similarity)
    terms = Collections.unmodifiableMap(new TreeMap<>(terms));
    people = Set.copyOf(people);
    names = Set.copyOf(names);
  }

  ArticleProfile withEmbedding(float[] vector) {
    return new ArticleProfile(
        id, outlet, title, anchor, anchorMonthDay, focusYear, terms, people, names, vector.clone());
  }
}
