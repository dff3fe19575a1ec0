package dev.parallax.model;

import java.util.Objects;

/**
 * A place in an article where a fact was read: {@code body.substring(start, end).equals(text)}.
 *
 * @param article id of the article whose body the offsets index
 */
public record Mention(String article, int start, int end, String text) {
  public Mention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Span.checkText(start, end, text);
  }

  public static Mention of(Article article, Span span) {
    return new Mention(article.id(), span.start(), span.end(), article.text(span));
  }

  public Span span() {
    return new Span(start, end);
  }
}
