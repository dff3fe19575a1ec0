package dev.parallax.quotes;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A word or short phrase set in quotation marks as a label rather than as someone's statement (the
 * "government", a 'referendum'): the outlet keeps its distance from the term.
 *
 * @param start UTF-16 offset of the term (marks excluded) into the article body
 * @param end UTF-16 offset just past the term
 * @param term {@code body.substring(start, end)}
 * @param nested whether the term sits inside a longer quotation
 */
public record ScareQuote(int start, int end, String term, boolean nested) {
  public ScareQuote {
    Objects.requireNonNull(term, "term");
    Span.checkText(start, end, term);
  }

  public Span span() {
    return new Span(start, end);
  }
}
