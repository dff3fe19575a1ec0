package dev.parallax.model;

import java.util.Objects;

/**
 * A publication date inferred for an undated article through an event it shares with a dated report
 * ({@code published_from: inferred}): the latest date of the events it shares, and the event that
 * gives it ({@code published_event} in articles.jsonl).
 *
 * @param date the inferred publication date
 * @param event the id of the event it was inferred from: a fused event of events.jsonl once the
 *     corpus stages fused them, an article-level event before
 */
public record InferredPublication(PartialDate date, String event) {
  public InferredPublication {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(event, "event");
  }

  /** The same date, inferred from the event {@code id}. */
  public InferredPublication withEvent(String id) {
    return new InferredPublication(date, id);
  }
}
