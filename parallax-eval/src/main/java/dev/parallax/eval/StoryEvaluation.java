package dev.parallax.eval;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.Story;
import dev.parallax.stories.LeadEmbedder;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryOptions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores story grouping on BASIL-layout items: groups all the articles given and compares the
 * stories with the triplet ids ({@link ClusterScores}).
 */
public final class StoryEvaluation {
  private final KnowledgeBase kb;
  private final LeadEmbedder embedder;

  public StoryEvaluation(KnowledgeBase kb) {
    this(kb, null);
  }

  /**
   * @param embedder lead embeddings (computed once per article id across runs), or null
   */
  public StoryEvaluation(KnowledgeBase kb, LeadEmbedder embedder) {
    this.kb = kb;
    if (embedder == null) {
      this.embedder = null;
    } else {
      Map<String, float[]> cache = new ConcurrentHashMap<>();
      this.embedder = a -> cache.computeIfAbsent(a.id(), id -> embedder.embed(a));
    }
  }

  /** The scores of grouping {@code items} with {@code options}, and the stories made. */
  public record Result(ClusterScores scores, List<Story> stories) {}

  public Result run(List<BasilCorpus.Item> items, StoryOptions options) {
    List<Article> articles = items.stream().map(BasilCorpus.Item::article).toList();
    List<Story> stories = new StoryGrouper(kb, options, embedder).group(articles);
    Map<String, String> predicted = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> predicted.put(a, s.id())));
    Map<String, String> reference = new HashMap<>();
    items.forEach(i -> reference.put(i.article().id(), i.triplet()));
    return new Result(ClusterScores.of(predicted, reference), stories);
  }
}
