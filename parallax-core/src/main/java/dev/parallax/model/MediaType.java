package dev.parallax.model;

/** What the bytes of a {@link RawDocument} hold. */
public enum MediaType {
  /** An HTML page. */
  HTML,
  /** Plain text: a saved article or a whole-page text dump with its debris. */
  TEXT
}
