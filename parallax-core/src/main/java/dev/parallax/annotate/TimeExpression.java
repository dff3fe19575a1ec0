package dev.parallax.annotate;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A time expression in an article body, normalised TIMEX3-style against the article's date: the
 * time layer of an {@link AnnotatedArticle}, whose values the {@code time} stage produces.
 *
 * @param value normalised TIMEX3 value ({@code 2021-10-23}, {@code 2021-W42}, {@code P14Y}, {@code
 *     PAST_REF}), or null when it cannot be resolved (for example a relative date in an undated
 *     article)
 * @param sentence index of the sentence holding it
 */
public record TimeExpression(
    int start, int end, String text, TimexType type, String value, int sentence) {
  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Span.checkText(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
