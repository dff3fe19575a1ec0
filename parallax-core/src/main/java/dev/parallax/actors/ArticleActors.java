package dev.parallax.actors;

import dev.parallax.model.Span;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every actor mention of one article, in body order: what the events and quotes stages read to name
 * their sources, targets and speakers.
 *
 * @param article the article id
 */
public record ArticleActors(String article, List<ActorMention> mentions) {
  public ArticleActors {
    Objects.requireNonNull(article, "article");
    mentions =
        mentions.stream()
            .sorted(
                Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end))
            .toList();
  }

  /**
   * The mention that best stands for the text {@code [start, end)}: the smallest mention that
   * contains it, else the longest mention inside it, else none.
   */
  public Optional<ActorMention> at(int start, int end) {
    Span range = new Span(start, end);
    Optional<ActorMention> containing =
        mentions.stream()
            .filter(m -> m.span().contains(range))
            .min(Comparator.comparingInt(m -> m.span().length()));
    if (containing.isPresent()) {
      return containing;
    }
    return mentions.stream()
        .filter(m -> range.contains(m.span()))
        .max(Comparator.comparingInt(m -> m.span().length()));
  }

  /** The mentions in sentence {@code index}, in order. */
  public List<ActorMention> inSentence(int index) {
    return mentions.stream().filter(m -> m.sentence() == index).toList();
  }
}
