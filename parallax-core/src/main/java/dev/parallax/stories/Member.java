package dev.parallax.stories;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * An article as a {@link StoryIndex} keeps it once observed: its {@link ArticleProfile} in compact
 * form, with terms and names as numbers of the {@link TermStatistics} dictionaries and no string or
 * map of its own. Arrays are never changed after construction.
 *
 * @param id the article id
 * @param arrival its number in the index's order of arrival
 * @param outlet the outlet, or null (kept for the story record, never compared)
 * @param title the headline, or null
 * @param anchor see {@link ArticleProfile#anchor()}
 * @param anchorMonthDay see {@link ArticleProfile#anchorMonthDay()}
 * @param focusYear see {@link ArticleProfile#focusYear()}
 * @param terms its term numbers in ascending order
 * @param tf {@code log1p} of the raw weight of each of {@code terms}, as its number in the {@link
 *     TermStatistics} table of weights; null when that table was full, then {@code exactTf} holds
 *     them
 * @param exactTf the weights themselves when {@code tf} is null, else null
 * @param people the numbers of {@link ArticleProfile#people()}, ascending
 * @param names the numbers of {@link ArticleProfile#names()}, ascending
 * @param embedding the lead embedding, or null
 */
record Member(
    String id,
    int arrival,
    String outlet,
    String title,
    LocalDate anchor,
    int anchorMonthDay,
    int focusYear,
    int[] terms,
    char[] tf,
    double[] exactTf,
    int[] people,
    int[] names,
    float[] embedding) {
  Member {
    Objects.requireNonNull(id, "id");
    if (terms.length != (tf != null ? tf.length : exactTf.length)) {
      throw new IllegalArgumentException("one weight per term");
    }
  }

  /**
   * True when both articles name people up front and neither names any of the other's anywhere:
   * different protagonists, so most likely different happenings.
   */
  boolean otherPeople(Member o) {
    return people.length > 0
        && o.people.length > 0
        && noneIn(people, o.names)
        && noneIn(o.people, names);
  }

  private static boolean noneIn(int[] these, int[] sorted) {
    for (int x : these) {
      if (Arrays.binarySearch(sorted, x) >= 0) {
        return false;
      }
    }
    return true;
  }
}
