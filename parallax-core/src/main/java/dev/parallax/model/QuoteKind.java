package dev.parallax.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a statement is reported. */
public enum QuoteKind {
  /** The speaker's words inside quotation marks. */
  DIRECT,
  /** Reported speech without quotation marks ("she said that ..."). */
  INDIRECT,
  /** Reported speech holding a quoted fragment. */
  MIXED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
