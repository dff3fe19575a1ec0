package dev.parallax.stories;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Groups articles about the same happening into stories, from their content only (headline, body
 * and publication date; never outlet or layout): a {@link StoryIndex} fed one article at a time,
 * then a merge pass.
 *
 * <p>The batch result does not depend on the order the articles are given in: they are added by
 * publication date (undated last), then id. Thread-safe: each call builds its own index.
 */
public final class StoryGrouper {
  private static final Comparator<Article> ORDER =
      Comparator.comparing(
              Article::published, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
          .thenComparing(Article::id);

  private final KnowledgeBase kb;
  private final StoryOptions options;

  private final LeadEmbedder embedder;

  public StoryGrouper(KnowledgeBase kb, StoryOptions options) {
    this(kb, options, null);
  }

  /** A grouper mixing lead embeddings into the similarity ({@code embedder} may be null). */
  public StoryGrouper(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.options = Objects.requireNonNull(options, "options");
    this.embedder = embedder;
  }

  /** A grouper with the built-in knowledge base and the tuned options. */
  public StoryGrouper() {
    this(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
  }

  /** The stories of {@code articles}: every article in exactly one story. */
  public List<Story> group(Collection<Article> articles) {
    StoryIndex index = new StoryIndex(kb, options, embedder);
    articles.stream().sorted(ORDER).forEach(index::add);
    index.mergeStories();
    return index.stories();
  }
}
