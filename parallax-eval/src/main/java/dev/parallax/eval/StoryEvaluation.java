package dev.parallax.eval;

import dev.parallax.actors.ActorTagger;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.annotate.Annotator;
import dev.parallax.events.EventExtractor;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import dev.parallax.stories.EventKeys;
import dev.parallax.stories.LeadEmbedder;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryIndexState;
import dev.parallax.stories.StoryOptions;
import java.util.ArrayList;
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
    return run(items, options, EventKeys.NONE);
  }

  /** The scores of grouping {@code items} with {@code options} and their event keys. */
  public Result run(List<BasilCorpus.Item> items, StoryOptions options, EventKeys events) {
    List<Article> articles = items.stream().map(BasilCorpus.Item::article).toList();
    return scored(items, new StoryGrouper(kb, options, embedder).group(articles, events));
  }

  /**
   * The event keys of {@code items}: each article annotated by {@code annotator}, its actors tagged
   * and its events extracted as the per-article stages of {@code analyze} do (without the time
   * stage: the keys read no date).
   */
  public static EventKeys events(
      List<BasilCorpus.Item> items, Annotator annotator, ActorTagger tagger, EventExtractor ex) {
    List<Event> events = new ArrayList<>();
    for (BasilCorpus.Item item : items) {
      AnnotatedArticle annotated = annotator.annotate(item.article());
      events.addAll(ex.events(annotated, tagger.tag(annotated)));
    }
    return EventKeys.of(events);
  }

  /**
   * Groups {@code items} once, and again over {@code batches} runs as {@code analyze --store} grows
   * a stored corpus: the articles in the grouper's order (publication date, undated last, then id:
   * the order a living corpus receives them in) cut into that many consecutive batches of
   * near-equal size, each run restoring the index the run before left (its stories keep their
   * members and ids) and adding its batch, then running the merge pass.
   */
  public Result runInBatches(List<BasilCorpus.Item> items, StoryOptions options, int batches) {
    return runInBatches(items, options, batches, EventKeys.NONE);
  }

  /** {@link #runInBatches(List, StoryOptions, int)} with the articles' event keys. */
  public Result runInBatches(
      List<BasilCorpus.Item> items, StoryOptions options, int batches, EventKeys events) {
    if (batches < 1) {
      throw new IllegalArgumentException("batches must be at least 1");
    }
    StoryGrouper grouper = new StoryGrouper(kb, options, embedder);
    List<Article> ordered =
        items.stream().map(BasilCorpus.Item::article).sorted(StoryGrouper.ORDER).toList();
    Map<String, Article> seen = new HashMap<>();
    StoryIndexState state = StoryIndexState.EMPTY;
    List<Story> stories = List.of();
    for (int b = 0; b < batches; b++) {
      List<Article> batch =
          ordered.subList(
              (int) ((long) ordered.size() * b / batches),
              (int) ((long) ordered.size() * (b + 1) / batches));
      StoryIndex index = grouper.newIndex(events);
      index.restore(state, seen::get);
      batch.forEach(a -> seen.put(a.id(), a));
      stories = grouper.extend(index, batch);
      state = index.state();
    }
    return scored(items, stories);
  }

  /**
   * How far one grouping of the same articles agrees with another: B³ of {@code grouping} against
   * {@code reference}'s stories as the reference clustering.
   */
  public static ClusterScores agreement(Result grouping, Result reference) {
    return ClusterScores.of(storyOf(grouping.stories()), storyOf(reference.stories()));
  }

  private static Result scored(List<BasilCorpus.Item> items, List<Story> stories) {
    Map<String, String> reference = new HashMap<>();
    items.forEach(i -> reference.put(i.article().id(), i.triplet()));
    return new Result(ClusterScores.of(storyOf(stories), reference), stories);
  }

  private static Map<String, String> storyOf(List<Story> stories) {
    Map<String, String> out = new HashMap<>();
    stories.forEach(s -> s.articles().forEach(a -> out.put(a, s.id())));
    return out;
  }
}
