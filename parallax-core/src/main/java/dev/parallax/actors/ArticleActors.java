package dev.parallax.actors;

import dev.parallax.model.LazyList;
import dev.parallax.model.Span;
import java.util.AbstractList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * Every actor mention of one article, in body order: what the events and quotes stages read to name
 * their sources, targets and speakers.
 *
 * @param article the article id
 */
public record ArticleActors(String article, List<ActorMention> mentions) {
  public ArticleActors {
    Objects.requireNonNull(article, "article");
    if (!(mentions instanceof StoredMentions)) {
      mentions =
          mentions.stream()
              .sorted(
                  Comparator.comparingInt(ActorMention::start).thenComparingInt(ActorMention::end))
              .toList();
    }
  }

  /**
   * The actor mentions of a stored article, read when first read ({@code mentions} gives them in
   * body order, as saved), whose keys are known without reading them.
   *
   * @param keys the keys of the mentions, each once, in the order first mentioned
   */
  public static ArticleActors stored(
      String article, List<ActorKey> keys, Supplier<List<ActorMention>> mentions) {
    return new ArticleActors(article, new StoredMentions(List.copyOf(keys), mentions));
  }

  /** The keys of the mentions, each once, in the order first mentioned. */
  public List<ActorKey> keys() {
    return mentions instanceof StoredMentions stored
        ? stored.keys
        : mentions.stream().map(ActorMention::key).distinct().toList();
  }

  /** A stored article's mentions, made when first read, with their keys known before. */
  private static final class StoredMentions extends AbstractList<ActorMention>
      implements RandomAccess {
    private final List<ActorKey> keys;
    private final LazyList<ActorMention> mentions;

    StoredMentions(List<ActorKey> keys, Supplier<List<ActorMention>> mentions) {
      this.keys = keys;
      this.mentions = new LazyList<>(mentions);
    }

    @Override
    public ActorMention get(int index) {
      return mentions.get(index);
    }

    @Override
    public int size() {
      return mentions.size();
    }
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
