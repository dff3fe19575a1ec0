package dev.parallax.pipeline;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The stages of an analysis, in order; {@code --until} names the last one to run. */
public enum Stage {
  /** Read inputs and clean each page into an article: writes {@code articles.jsonl}. */
  CLEAN;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
