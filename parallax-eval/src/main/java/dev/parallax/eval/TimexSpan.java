package dev.parallax.eval;

/**
 * A TIMEX3 as scored: extent (half-open offsets into the document text), type and value.
 *
 * @param type TIMEX3 type ({@code DATE}, {@code TIME}, {@code DURATION}, {@code SET})
 * @param value normalised value, or null when none was given
 */
public record TimexSpan(int start, int end, String type, String value) {
  public TimexSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad extent " + start + ".." + end);
    }
  }

  boolean overlaps(TimexSpan o) {
    return start < o.end && o.start < end;
  }
}
