package dev.parallax.stories;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.Story;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

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
 * Each addition costs one comparison per stored article. {@link #state} and {@link #restore} carry
 * the index over to a later run: restored stories keep their members and ids, and only articles
 * added since are compared. Not thread-safe.
 */
public final class StoryIndex {
  private final StoryOptions options;
  private final ArticleProfiler profiler;
  private final TermStatistics stats;
  private final List<List<ArticleProfile>> clusters = new ArrayList<>();
  private final Set<String> seenLines = new HashSet<>();
  private final List<String> arrivals = new ArrayList<>();

  /** The first this many stories were restored: they never merge with each other. */
  private int restored;

  private final LeadEmbedder embedder;

  public StoryIndex(KnowledgeBase kb, StoryOptions options) {
    this(kb, options, null);
  }

  /**
   * @param embedder lead embeddings mixed into the similarity by {@link
   *     StoryOptions#embeddingWeight()}, or null for TF-IDF alone
   */
  public StoryIndex(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder) {
    this(kb, options, embedder, Rules.bundled());
  }

  /**
   * @param embedder lead embeddings mixed into the similarity by {@link
   *     StoryOptions#embeddingWeight()}, or null for TF-IDF alone
   * @param rules the rules whose word lists the profiles read
   */
  public StoryIndex(KnowledgeBase kb, StoryOptions options, LeadEmbedder embedder, Rules rules) {
    this.embedder = embedder;
    this.options = Objects.requireNonNull(options, "options");
    this.profiler =
        new ArticleProfiler(Objects.requireNonNull(kb, "kb"), options, WordNormaliser.of(rules));
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
    ArticleProfile profile = observe(article);
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
   * Profiles an article and counts it in the term statistics and the boilerplate lines, as its
   * arrival makes them.
   */
  private ArticleProfile observe(Article article) {
    ArticleProfile profile = profiler.profile(article, seenLines::contains);
    if (embedder != null && options.embeddingWeight() > 0) {
      profile = profile.withEmbedding(embedder.embed(article));
    }
    seenLines.addAll(ArticleProfiler.contentLines(article.body(), line -> false));
    stats.observe(profile);
    arrivals.add(article.id());
    return profile;
  }

  /**
   * Rebuilds the stories of an earlier run into this empty index without comparing anything: the
   * articles are profiled again in their arrival order and placed in their stored stories, which
   * keep their ids and never merge with each other later.
   *
   * @param articles the article of each id in {@code state}
   * @throws IllegalStateException when this index already holds articles
   * @throws IllegalArgumentException when {@code articles} lacks an article of the state
   */
  public void restore(StoryIndexState state, Function<String, Article> articles) {
    if (!arrivals.isEmpty()) {
      throw new IllegalStateException("restore into an empty index only");
    }
    Map<String, ArticleProfile> profiles = new HashMap<>();
    for (String id : state.arrivals()) {
      Article article = articles.apply(id);
      if (article == null || !article.id().equals(id)) {
        throw new IllegalArgumentException("no article for stored story member " + id);
      }
      profiles.put(id, observe(article));
    }
    for (List<String> story : state.stories()) {
      clusters.add(new ArrayList<>(story.stream().map(profiles::get).toList()));
    }
    restored = clusters.size();
  }

  /** What a later run needs to {@link #restore} this index. */
  public StoryIndexState state() {
    return new StoryIndexState(
        clusters.stream().map(c -> c.stream().map(ArticleProfile::id).toList()).toList(), arrivals);
  }

  /**
   * Joins the two closest stories while their average linkage reaches the threshold, and returns
   * how many merges were made. The merged story keeps the id of the one founded first. Two restored
   * stories are never joined, so every stored article keeps its story id.
   */
  public int mergeStories() {
    int merges = 0;
    while (true) {
      int bi = -1;
      int bj = -1;
      double best = options.threshold();
      for (int i = 0; i < clusters.size(); i++) {
        for (int j = Math.max(i + 1, restored); j < clusters.size(); j++) {
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
    return storyIdOf(cluster.get(0).id());
  }

  /** The id of the story founded by article {@code founder}. */
  public static String storyIdOf(String founder) {
    return ContentId.of('s', founder);
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
