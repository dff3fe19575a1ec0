package dev.parallax.model;

import java.util.Objects;

/**
 * A sentence that reports an event, and the word(s) in it that name the action.
 *
 * @param trigger the trigger word(s) as they appear inside {@code text}
 */
public record EventMention(String article, int start, int end, String text, String trigger) {
  public EventMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(trigger, "trigger");
    Span.checkText(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
