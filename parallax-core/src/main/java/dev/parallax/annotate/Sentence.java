package dev.parallax.annotate;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A sentence of an article body, with its tokens and, when parsed, its dependency edges.
 *
 * @param index position in the article, from 0
 * @param start UTF-16 offset of the first token
 * @param end UTF-16 offset just past the last token
 * @param tokens the tokens in order; {@code tokens.get(i).index() == i}
 * @param dependencies UD edges, empty when the sentence was not parsed
 */
public record Sentence(
    int index, int start, int end, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    new Span(start, end);
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.index() != i || t.start() < start || t.end() > end) {
        throw new IllegalArgumentException("token " + i + " out of place in sentence " + index);
      }
    }
    for (Dependency d : dependencies) {
      if (d.governor() >= tokens.size() || d.dependent() >= tokens.size()) {
        throw new IllegalArgumentException("dependency outside sentence " + index + ": " + d);
      }
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  public boolean isParsed() {
    return !dependencies.isEmpty();
  }

  /** Edges whose governor is token {@code index}. */
  public List<Dependency> dependentsOf(int index) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == index) {
        out.add(d);
      }
    }
    return out;
  }

  /** The edge that governs token {@code index}, or null when unparsed. */
  public Dependency headOf(int index) {
    for (Dependency d : dependencies) {
      if (d.dependent() == index) {
        return d;
      }
    }
    return null;
  }
}
