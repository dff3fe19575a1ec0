package dev.parallax.annotate;

import dev.parallax.model.Span;
import java.util.Objects;

/**
 * A token of an article body.
 *
 * @param index position in its sentence, from 0
 * @param start UTF-16 offset into the article body (inclusive)
 * @param end UTF-16 offset into the article body (exclusive)
 * @param text the token as it stands in the body
 * @param lemma dictionary form, or null when the profile does not lemmatise
 * @param pos Penn Treebank part-of-speech tag, or null when the profile does not tag
 * @param ner named-entity class of the token ({@code PERSON}, {@code O}...), or null when the
 *     profile does not recognise names
 */
public record Token(
    int index, int start, int end, String text, String lemma, String pos, String ner) {
  public Token {
    Objects.requireNonNull(text, "text");
    Span.checkText(start, end, text);
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0");
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}
