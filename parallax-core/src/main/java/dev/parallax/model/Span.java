package dev.parallax.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into an article body.
 *
 * <p>Every fact Parallax reports carries a span, so a reader can see where it was read: {@code
 * body.substring(start, end)} is the text of the fact.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /**
   * Validates the offsets of a record that carries both a span and its text, as every output record
   * does.
   *
   * @throws IllegalArgumentException when the offsets are invalid or the text has another length
   */
  public static Span checkText(int start, int end, String text) {
    Span span = new Span(start, end);
    if (text.length() != span.length()) {
      throw new IllegalArgumentException(
          "text of length " + text.length() + " does not fit span [" + start + ", " + end + ")");
    }
    return span;
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The text this span covers in {@code body}; fails fast when the span lies outside it. */
  public String of(String body) {
    if (end > body.length()) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside body of length " + body.length());
    }
    return body.substring(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
