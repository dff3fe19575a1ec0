package dev.parallax.stories;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The stories of a growing corpus. {@link #add} assigns one new article to the story whose members
 * it is most similar to on average (average linkage), or opens a new story when no story reaches
 * the threshold; nothing already assigned moves. {@link #mergeStories} then joins stories that have
 * grown close (agglomerative, average linkage, same threshold).
 *
 * <p>Order matters: an article is compared with the stories that exist when it arrives, under the
 * term statistics of the articles seen so far, so two articles of one happening that arrive before
 * their common neighbour may open two stories; the merge pass repairs most of these. {@link
 * StoryGrouper} makes batch results independent of input order by adding in a fixed order.
 *
 * <p>A body line already seen verbatim in an earlier article is left out of the new article's
 * profile: menus, footers and promotions the cleaner left behind would otherwise make two reports
 * of one outlet look alike. The first article keeps such lines, but no later one shares them.
 *
 * <p>A story's id derives from its founding article's id, so it stays the same as the story grows.
 * Each addition costs one comparison per stored article. Not thread-safe.
 */
public final class StoryIndex {
  private final StoryOptions options;
  private final ArticleProfiler profiler;
  private final TermStatistics stats;
  private final List<List<ArticleProfile>> clusters = new ArrayList<>();
  private final Set<String> seenLines = new HashSet<>();

  private final LeadEmbedder embedder;

  public StoryIndex(KnowledgeBase kb, StoryOptions options) {
    this(kb, options, null);
  }

  /**
   * @param embedder lead embeddings mixed into the similarity by {@link
   *     StoryOptions#embeddingWeight()}, or null for TF-IDF alone
   */
  public StoryIndex(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder) {
    this.embedder = embedder;
    this.options = Objects.requireNonNull(options, "options");
    this.profiler = new ArticleProfiler(Objects.requireNonNull(kb, "kb"), options);
    this.stats = new TermStatistics(options);
  }

  /**
   * Adds an article and returns the id of the story it joined or opened. An article whose id is
   * already stored is not added again.
   */
  public String add(Article article) {
    for (List<ArticleProfile> cluster : clusters) {
      if (cluster.stream().anyMatch(p -> p.id().equals(article.id()))) {
        return storyId(cluster);
      }
    }
    ArticleProfile profile = profiler.profile(article, seenLines::contains);
    if (embedder != null && options.embeddingWeight() > 0) {
      profile = profile.withEmbedding(embedder.embed(article));
    }
    seenLines.addAll(ArticleProfiler.contentLines(article.body(), line -> false));
    stats.observe(profile);
    List<ArticleProfile> best = null;
    double bestScore = options.threshold();
    for (List<ArticleProfile> cluster : clusters) {
      double score = linkage(List.of(profile), cluster);
      if (score >= bestScore && (best == null || score > bestScore)) {
        best = cluster;
        bestScore = score;
      }
    }
    if (best == null) {
      best = new ArrayList<>();
      clusters.add(best);
    }
    best.add(profile);
    return storyId(best);
  }

  /**
   * Joins the two closest stories while their average linkage reaches the threshold, and returns
   * how many merges were made. The merged story keeps the id of the one founded first.
   */
  public int mergeStories() {
    int merges = 0;
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = options.threshold();
      for (int i = 0; i < clusters.size(); i++) {
        for (int j = i + 1; j < clusters.size(); j++) {
          double score = linkage(clusters.get(i), clusters.get(j));
          if (score >= best && (bi < 0 || score > best)) {
            bi = i;
            bj = j;
            best = score;
          }
        }
      }
      if (bi < 0) {
        return merges;
      }
      clusters.get(bi).addAll(clusters.remove(bj));
      merges++;
    }
  }

  /** The stories so far, in order of foundation; members in order of arrival. */
  public List<Story> stories() {
    return clusters.stream().map(this::story).toList();
  }

  private double linkage(List<ArticleProfile> a, List<ArticleProfile> b) {
    double sum = 0;
    for (ArticleProfile x : a) {
      for (ArticleProfile y : b) {
        sum += stats.similarity(x, y);
      }
    }
    return sum / (a.size() * (double) b.size());
  }

  private static String storyId(List<ArticleProfile> cluster) {
    return ContentId.of('s', cluster.get(0).id());
  }

  private Story story(List<ArticleProfile> cluster) {
    LinkedHashSet<String> outlets = new LinkedHashSet<>();
    cluster.stream().map(ArticleProfile::outlet).filter(Objects::nonNull).forEach(outlets::add);
    return new Story(
        storyId(cluster),
        title(cluster),
        cluster.stream().map(ArticleProfile::id).toList(),
        List.copyOf(outlets),
        null,
        null,
        List.of());
  }

  /** The headline of the member closest on average to the others. */
  private String title(List<ArticleProfile> cluster) {
    ArticleProfile central = null;
    double best = -1;
    for (ArticleProfile p : cluster) {
      if (p.title() == null) {
        continue;
      }
      double score = linkage(List.of(p), cluster);
      if (score > best) {
        best = score;
        central = p;
      }
    }
    return central == null ? null : central.title();
  }
}
