package dev.parallax.model;

import java.util.Objects;

/**
 * A quotation or reported statement: one line of {@code quotes.jsonl}.
 *
 * @param text the quoted or reported content; equals {@code body.substring(start, end)}
 * @param cue the cue verb or phrase ({@code said}, {@code according to}), or null
 */
public record Quote(
    String id,
    String article,
    Speaker speaker,
    String text,
    int start,
    int end,
    QuoteKind kind,
    String cue) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Span.checkText(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
