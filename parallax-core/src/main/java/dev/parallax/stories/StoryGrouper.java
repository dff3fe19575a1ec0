package dev.parallax.stories;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import dev.parallax.resources.Rules;
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
  /** Publication date (undated last), then id: the order articles are taken in. */
  public static final Comparator<Article> ORDER =
      Comparator.comparing(
              Article::published, Comparator.nullsLast(Comparator.<PartialDate>naturalOrder()))
          .thenComparing(Article::id);

  private final KnowledgeBase kb;
  private final StoryOptions options;

  private final LeadEmbedder embedder;
  private final Rules rules;

  public StoryGrouper(KnowledgeBase kb, StoryOptions options) {
    this(kb, options, null);
  }

  /** A grouper mixing lead embeddings into the similarity ({@code embedder} may be null). */
  public StoryGrouper(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder) {
    this(kb, options, embedder, Rules.bundled());
  }

  /**
   * A grouper reading the word lists of {@code rules}, mixing lead embeddings into the similarity
   * ({@code embedder} may be null).
   */
  public StoryGrouper(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder, Rules rules) {
    this.kb = Objects.requireNonNull(kb, "kb");
    this.options = Objects.requireNonNull(options, "options");
    this.embedder = embedder;
    this.rules = Objects.requireNonNull(rules, "rules");
  }

  /** A grouper with the built-in knowledge base and the tuned options. */
  public StoryGrouper() {
    this(KnowledgeBase.builtIn(), StoryOptions.DEFAULTS);
  }

  /** The stories of {@code articles}: every article in exactly one story. */
  public List<Story> group(Collection<Article> articles) {
    return group(articles, EventKeys.NONE);
  }

  /**
   * The stories of {@code articles}, each also found through the keys of its extracted events:
   * every article in exactly one story.
   */
  public List<Story> group(Collection<Article> articles, EventKeys events) {
    return extend(newIndex(events), articles);
  }

  /** An empty index with this grouper's options, to {@link StoryIndex#restore} into. */
  public StoryIndex newIndex() {
    return newIndex(EventKeys.NONE);
  }

  /**
   * An empty index with this grouper's options that finds articles also through {@code events}
   * (theirs, and those of the articles restored into it).
   */
  public StoryIndex newIndex(EventKeys events) {
    return new StoryIndex(kb, options, embedder, rules, events);
  }

  /**
   * Adds {@code articles} to a (restored) index in this grouper's order, runs the merge pass, and
   * returns all the index's stories: the incremental form of {@link #group}.
   */
  public List<Story> extend(StoryIndex index, Collection<Article> articles) {
    articles.stream().sorted(ORDER).forEach(index::add);
    index.mergeStories();
    return index.stories();
  }
}
