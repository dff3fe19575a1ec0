package dev.parallax.model;

import java.util.Objects;

/**
 * A quotation or reported statement: one line of {@code quotes.jsonl}.
 *
 * @param text the quoted or reported content; equals {@code body.substring(start, end)}
 * @param cue the cue verb or phrase ({@code said}, {@code according to}), or null
 * @param sieve the named rule of the extractor that decided the statement ({@code
 *     reported/cue-clause}, {@code direct/cue-after}...; docs/quotes.md), or null when unknown
 * @param reportedIn the id of the statement this one was reported in ("X said that Y believed Z":
 *     Y's statement is reported in X's), or null
 */
public record Quote(
    String id,
    String article,
    Speaker speaker,
    String text,
    int start,
    int end,
    QuoteKind kind,
    String cue,
    String sieve,
    String reportedIn) {
  /** A statement of no known sieve, reported in no other. */
  public Quote(
      String id,
      String article,
      Speaker speaker,
      String text,
      int start,
      int end,
      QuoteKind kind,
      String cue) {
    this(id, article, speaker, text, start, end, kind, cue, null, null);
  }

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

  /** This statement with {@code speaker} as its speaker. */
  public Quote withSpeaker(Speaker speaker) {
    return new Quote(id, article, speaker, text, start, end, kind, cue, sieve, reportedIn);
  }
}
