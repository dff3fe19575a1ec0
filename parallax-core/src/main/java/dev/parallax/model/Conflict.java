package dev.parallax.model;

import java.util.List;
import java.util.Objects;

/**
 * Claims about the same thing that cannot both hold: one line of {@code conflicts.jsonl}.
 *
 * @param id stable id (a field added to OUTPUT.md)
 * @param about the entity or event id the claims are about
 * @param summary one line naming the point of disagreement
 */
public record Conflict(String id, String story, String about, List<Claim> claims, String summary) {
  public Conflict {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    claims = List.copyOf(claims);
    if (claims.size() < 2) {
      throw new IllegalArgumentException("a conflict needs at least two claims");
    }
  }

  /** One side of a conflict, with the span it was read from. */
  public record Claim(
      String article, String outlet, String speaker, String text, int start, int end) {
    public Claim {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
      Span.checkText(start, end, text);
    }
  }
}
