package dev.parallax.annotate;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A name recognised in the body.
 *
 * @param type coarse class: {@code PERSON}, {@code ORGANIZATION}, {@code LOCATION}, {@code MISC}
 *     (the CoNLL classes; finer classes such as {@code COUNTRY} come from the knowledge base)
 * @param sentence index of the sentence holding it
 */
public record NamedEntity(int start, int end, String text, String type, int sentence) {
  public NamedEntity {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Span.checkText(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
