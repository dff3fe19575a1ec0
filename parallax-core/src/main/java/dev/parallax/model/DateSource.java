package dev.parallax.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an article's publication date came from ({@code published_from} in articles.jsonl). */
public enum DateSource {
  /** Given with the input: a manifest, a JSON Lines field, a WARC or feed header. */
  METADATA,
  /** Stated in the page itself: meta tags, a dateline, a byline. */
  PAGE,
  /** Inferred from the dates and events the article reports. */
  INFERRED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
