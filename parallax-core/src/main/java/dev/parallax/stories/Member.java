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

  /** Writes this member but its arrival (its place among those written) and embedding. */
  void write(Checkpoint.Writer out) {
    if (embedding != null) {
      throw new IllegalStateException("a member with a lead embedding is not checkpointed");
    }
    out.putString(id).putString(outlet).putString(title);
    out.putLong(anchor == null ? Long.MIN_VALUE : anchor.toEpochDay());
    out.putInt(anchorMonthDay).putInt(focusYear);
    out.putInts(terms).putChars(tf).putDoubles(exactTf).putInts(people).putInts(names);
  }

  /** The member {@link #write} wrote, arrived {@code arrival}-th. */
  static Member read(Checkpoint.Reader in, int arrival) {
    String id = in.getString();
    String outlet = in.getString();
    String title = in.getString();
    long anchor = in.getLong();
    int anchorMonthDay = in.getInt();
    int focusYear = in.getInt();
    int[] terms = in.getInts();
    char[] tf = in.getChars();
    double[] exactTf = in.getDoubles();
    int[] people = in.getInts();
    int[] names = in.getInts();
    if (id == null
        || terms == null
        || people == null
        || names == null
        || (tf == null) == (exactTf == null)) {
      throw new IllegalArgumentException("a story index checkpoint's member lacks a part");
    }
    return new Member(
        id,
        arrival,
        outlet,
        title,
        anchor == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(anchor),
        anchorMonthDay,
        focusYear,
        terms,
        tf,
        exactTf,
        people,
        names,
        null);
  }
}
