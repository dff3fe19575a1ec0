package dev.parallax.conflicts;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A side taken on a frame, found in a text.
 *
 * @param frame the frame of {@code frames.tsv}
 * @param polarity +1 when the text asserts the frame's proposition, -1 when it asserts its opposite
 * @param span where the stance phrase stands (UTF-16 offsets into the text read)
 */
record Stance(String frame, int polarity, Span span) {
  Stance {
    Objects.requireNonNull(frame, "frame");
    Objects.requireNonNull(span, "span");
    if (polarity != 1 && polarity != -1) {
      throw new IllegalArgumentException("polarity must be +1 or -1: " + polarity);
    }
  }
}
