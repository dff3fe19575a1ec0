package dev.parallax.model;

import java.util.Objects;

/**
 * An input that could not be turned into an article, listed in {@code articles.jsonl} as {@code
 * {"id", "source", "rejected": reason}} so that every input is accounted for.
 *
 * @param id stable id derived from the input's source and content
 * @param source the input's path or URL as given (for a record inside an archive, {@code
 *     file#record})
 * @param rejected a human-readable reason
 */
public record Rejection(String id, String source, String rejected)
    implements ArticleRecord, IngestItem {
  public Rejection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rejected, "rejected");
  }
}
