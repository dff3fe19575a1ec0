package dev.parallax.eval;

import dev.parallax.model.Article;
import java.util.List;
import java.util.Objects;

/**
 * One text of an events gold set with its reference events.
 *
 * @param article the text as an article (its date is the publication date)
 * @param gold the reference events; empty for a text that reports none
 * @param ploverTypes whether event types are compared as PLOVER types (the PLOVER gold) rather than
 *     CAMEO roots
 */
public record EventCase(Article article, List<GoldEvent> gold, boolean ploverTypes) {
  public EventCase {
    Objects.requireNonNull(article, "article");
    gold = List.copyOf(gold);
  }
}
