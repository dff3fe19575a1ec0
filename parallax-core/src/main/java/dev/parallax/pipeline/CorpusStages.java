package dev.parallax.pipeline;

import static dev.parallax.pipeline.Layer.ACTORS;
import static dev.parallax.pipeline.Layer.ARTICLE;
import static dev.parallax.pipeline.Layer.CONFLICTS;
import static dev.parallax.pipeline.Layer.COVERAGE;
import static dev.parallax.pipeline.Layer.ENTITIES;
import static dev.parallax.pipeline.Layer.EVENTS;
import static dev.parallax.pipeline.Layer.FUSED_EVENTS;
import static dev.parallax.pipeline.Layer.OUTLETS;
import static dev.parallax.pipeline.Layer.QUOTES;
import static dev.parallax.pipeline.Layer.REPORT;
import static dev.parallax.pipeline.Layer.SCARE_QUOTES;
import static dev.parallax.pipeline.Layer.STORIES;

import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.EntityLinker;
import dev.parallax.actors.KeyTallies;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.conflicts.ConflictDetector;
import dev.parallax.coverage.ArticleText;
import dev.parallax.coverage.CoverageBuilder;
import dev.parallax.coverage.CoverageInput;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
import dev.parallax.model.Event;
import dev.parallax.model.LazyList;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.outlets.OutletDirectory;
import dev.parallax.report.HtmlReport;
import dev.parallax.stories.CopyDetector;
import dev.parallax.stories.CorpusEvents;
import dev.parallax.stories.EventKeys;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryOptions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The corpus stages of {@link Pipeline#standard}: thin adapters over each stage's engine. */
final class CorpusStages {
  private static final Logger LOG = LoggerFactory.getLogger(CorpusStages.class);

  /** The ids of the records of {@code results}. */
  private static Set<String> ids(List<ArticleResult> results) {
    Set<String> ids = new HashSet<>();
    results.forEach(r -> ids.add(r.record().id()));
    return ids;
  }

  private CorpusStages() {}

  /**
   * Resolves each article's outlet to one canonical outlet per publisher ({@link OutletDirectory}),
   * so that the stages after it read one name for every spelling.
   */
  record Outlets(Models models) implements CorpusStage {
    @Override
    public String name() {
      return "outlets";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(OUTLETS);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      return corpus.withOutlets(OutletDirectory.of(corpus.articles(), models.rules(), models.kb()));
    }
  }

  /**
   * Links actor mentions into entities across articles, and quotes to their speakers' entities;
   * given a store that keeps the tallies of its articles' actor mentions ({@link
   * CorpusStore#keyTallies}), from those and the mentions of the articles after them alone, the
   * stored articles' mentions being read only if an entity's mentions are.
   */
  record Entities(Models models, CorpusStore store) implements CorpusStage {
    @Override
    public String name() {
      return "entities";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ACTORS, QUOTES);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(ENTITIES);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      EntityLinker linker = new EntityLinker(models.kb());
      List<ArticleResult> results = corpus.results();
      StoredTallies stored = store == null ? null : store.keyTallies();
      LinkedEntities linked;
      if (stored != null
          && stored.articles() <= results.size()
          && (stored.articles() == 0
              || results.get(stored.articles() - 1).record().id().equals(stored.last()))) {
        List<ArticleResult> before = results.subList(0, stored.articles());
        List<ArticleActors> after =
            Corpus.actorsOf(results.subList(stored.articles(), results.size()));
        KeyTallies afterTallies = KeyTallies.of(after);
        KeyTallies all = KeyTallies.of(stored.tallies().tallies()).add(afterTallies);
        linked =
            linker.link(
                stored.tallies(),
                all,
                () -> {
                  LOG.info("reading the actor mentions of {} stored articles", before.size());
                  return Corpus.actorsOf(before);
                },
                after);
        store.keepKeyTallies(all, afterTallies.keys());
        LOG.info(
            "entities linked from the tallies of {} stored articles and the mentions of {}",
            before.size(),
            after.size());
      } else {
        List<ArticleActors> actors = corpus.actors();
        KeyTallies all = KeyTallies.of(actors);
        linked = linker.link(all, actors);
        if (store != null) {
          store.keepKeyTallies(all, null);
        }
      }
      // linked when first read: a run growing a store reads only its changed stories' quotes
      List<Quote> quotes =
          new LazyList<>(() -> corpus.articleQuotes().stream().map(q -> q.linked(linked)).toList());
      return corpus.withEntities(linked, quotes);
    }
  }

  /**
   * Groups the articles into stories; given a store, the stored articles keep their stories and the
   * added ones join them or open new ones.
   */
  record Stories(Models models, CorpusStore store) implements CorpusStage {
    @Override
    public String name() {
      return "stories";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, EVENTS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(STORIES);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      StoryGrouper grouper =
          new StoryGrouper(models.kb(), StoryOptions.DEFAULTS, null, models.rules());
      // the articles' own events, whose actor pairs and roots find stories words may not
      EventKeys events = EventKeys.ofArticles(corpus.eventsOf());
      List<Story> stories =
          store == null
              ? grouper.group(corpus.articles(), events)
              : StoredStories.group(
                  grouper,
                  store,
                  corpus.articles(),
                  articles -> corpus.withBodies(articles, store),
                  events,
                  Provenance.stagePrint(models.rules()) + " " + StoryOptions.DEFAULTS);
      return withCopies(corpus, stories, added).withStories(stories);
    }

    /**
     * {@code corpus} with the copies among the articles of each story an added article is in: only
     * these stories are compared again (a stored story nothing joined keeps its stored copies), and
     * only within a story, so the cost per added article is bounded by its story's size.
     */
    private Corpus withCopies(Corpus corpus, List<Story> stories, List<ArticleResult> added) {
      Set<String> addedIds = ids(added);
      List<Story> touched =
          stories.stream().filter(s -> s.articles().stream().anyMatch(addedIds::contains)).toList();
      Set<String> checked = new HashSet<>();
      touched.forEach(s -> checked.addAll(s.articles()));
      Map<String, Article> byId = new HashMap<>();
      corpus
          .withBodies(
              corpus.articles().stream().filter(a -> checked.contains(a.id())).toList(), store)
          .forEach(a -> byId.put(a.id(), a));
      Map<String, String> copyOf = new CopyDetector().inStories(touched, byId::get);
      return corpus.withCopies(copyOf, checked);
    }
  }

  /**
   * Gives each event its entities and story, dates undated articles' events through the events they
   * share with dated ones, and fuses the reports of one real event across articles; given a store,
   * only the stories whose inputs changed since it saved their records are fused ({@link
   * StoryReuse}: reports fuse only within their story), the others' events being the stored ones
   * (left in the store, unread, by a run that only saves: such a run's corpus holds the changed
   * stories' events alone, and the unchanged stories without theirs), and the added articles'
   * events join the stored events, which keep their ids.
   */
  record Fusion(Models models, CorpusStore store) implements CorpusStage {
    @Override
    public String name() {
      return "fusion";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, EVENTS, ENTITIES);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(FUSED_EVENTS);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      List<Story> stories = corpus.stories() == null ? List.of() : corpus.stories();
      StoryReuse reuse =
          store == null || corpus.stories() == null
              ? null
              : StoryReuse.of(
                  corpus, store, Provenance.stagePrint(models.rules()), !corpus.savedOnly());
      List<ArticleResult> scope = corpus.results();
      List<Story> fusedStories = stories;
      if (reuse != null) {
        fusedStories = reuse.changed(stories);
        Set<String> kept = new HashSet<>();
        stories.stream()
            .filter(s -> reuse.unchanged().contains(s.id()))
            .forEach(s -> kept.addAll(s.articles()));
        scope = scope.stream().filter(r -> !kept.contains(r.record().id())).toList();
      }
      List<ExtractedEvent> articleEvents =
          scope.stream().flatMap(r -> r.events().stream()).toList();
      CorpusEvents.Result fused =
          CorpusEvents.fuse(
              scope.stream().map(r -> (Article) r.record()).toList(),
              articleEvents,
              corpus.entities(),
              fusedStories,
              store == null ? Set.of() : store.eventIds(),
              store == null ? Set.of() : ids(added));
      LOG.info(
          "fused {} article-level events into {}", articleEvents.size(), fused.events().size());
      if (reuse != null) {
        LOG.info(
            "events of {} of {} stories fused, the others' read from the store",
            fusedStories.size(),
            stories.size());
      }
      List<Event> events =
          reuse == null ? fused.events() : reuse.events(fused.events(), corpus.results());
      Corpus out =
          corpus.withEvents(
              events, reuse == null ? fused.published() : reuse.published(fused.published()));
      out = reuse == null ? out : out.withReuse(reuse);
      return corpus.stories() == null
          ? out
          : out.withStories(CorpusEvents.withEvents(stories, events));
    }
  }

  /**
   * How each outlet told each story: labels, voices, reported and omitted events, tone. Given a
   * store, only the stories the fusion stage found changed are read ({@link StoryReuse}); the
   * others' rows are the stored ones (left in the store, unread, by a run that only saves).
   */
  record Coverage(Models models, CorpusStore store) implements CorpusStage {
    @Override
    public String name() {
      return "coverage";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, ACTORS, QUOTES, SCARE_QUOTES, ENTITIES, STORIES, FUSED_EVENTS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(COVERAGE);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      String print = Provenance.stagePrint(models.rules());
      StoryReuse reuse = corpus.reuse();
      Scope scope = Scope.of(corpus, reuse);
      // the labels' mentions quote the bodies, which the stored texts do not hold
      List<Article> articles = corpus.withBodies(scope.articles(), store);
      Map<String, ArticleText> stored = storedTexts(print, articles);
      Map<String, ArticleText> texts = new HashMap<>(stored);
      CoverageInput input =
          new CoverageInput(
              articles,
              scope.results().stream()
                  .map(ArticleResult::actors)
                  .filter(java.util.Objects::nonNull)
                  .toList(),
              scope.results().stream().flatMap(r -> r.quotes().stream()).toList(),
              corpus.entities(),
              scope.stories(),
              scope.events(),
              corpus.scareQuotes());
      List<dev.parallax.model.Coverage> rows =
          new CoverageBuilder(models.rules())
              .build(input, texts).stream()
                  .map(
                      c ->
                          corpus.outlets() == null
                              ? c
                              : c.withOutletId(
                                  corpus.outlets().named(c.outlet()).map(o -> o.id()).orElse(null)))
                  .toList();
      saveTexts(print, stored, texts);
      if (reuse == null) {
        return corpus.withCoverage(rows);
      }
      LOG.info(
          "coverage and conflicts of {} of {} stories computed, the others' read from the store",
          scope.stories().size(),
          corpus.stories().size());
      return corpus.withCoverage(reuse.coverage(corpus.stories(), rows)).withReuse(reuse);
    }

    /** The texts {@link #store} keeps of {@code articles}, those it holds under {@code print}. */
    private Map<String, ArticleText> storedTexts(String print, List<Article> articles) {
      Map<String, ArticleText> out = new HashMap<>();
      if (store != null && !articles.isEmpty()) {
        store
            .articleTexts(print, articles.stream().map(Article::id).toList())
            .forEach((id, bytes) -> ArticleText.decode(bytes).ifPresent(t -> out.put(id, t)));
      }
      return out;
    }

    /** Saves to {@link #store} the texts of {@code texts} not among the {@code stored} ones. */
    private void saveTexts(
        String print, Map<String, ArticleText> stored, Map<String, ArticleText> texts) {
      if (store == null) {
        return;
      }
      Map<String, byte[]> read = new HashMap<>();
      texts.forEach(
          (id, text) -> {
            if (stored.get(id) != text) {
              read.put(id, text.encode());
            }
          });
      if (!read.isEmpty()) {
        store.saveArticleTexts(print, read);
      }
      LOG.info(
          "coverage read {} articles' text, took {} from the store",
          read.size(),
          texts.size() - read.size());
    }
  }

  /**
   * The stories whose coverage and conflicts are to be computed, with their articles and events:
   * every story without {@link StoryReuse}, else the changed ones.
   */
  private record Scope(
      List<Story> stories,
      List<ArticleResult> results,
      List<Article> articles,
      List<dev.parallax.model.Event> events) {
    static Scope of(Corpus corpus, StoryReuse reuse) {
      if (reuse == null) {
        return new Scope(corpus.stories(), corpus.results(), corpus.articles(), corpus.events());
      }
      List<Story> stories = reuse.changed(corpus.stories());
      Set<String> storyIds = new HashSet<>();
      Set<String> articleIds = new HashSet<>();
      stories.forEach(
          s -> {
            storyIds.add(s.id());
            articleIds.addAll(s.articles());
          });
      List<ArticleResult> results =
          corpus.results().stream().filter(r -> articleIds.contains(r.record().id())).toList();
      return new Scope(
          stories,
          results,
          results.stream().map(r -> (Article) r.record()).toList(),
          corpus.events().stream()
              .filter(
                  e ->
                      storyIds.contains(e.story())
                          || e.mentions().stream().anyMatch(m -> articleIds.contains(m.article())))
              .toList());
    }

    /** The quotes of the scope's articles, each with its speaker's entity. */
    List<Quote> quotes(Corpus corpus) {
      if (results.size() == corpus.results().size()) {
        return corpus.quotes();
      }
      return results.stream()
          .flatMap(r -> r.quotes().stream())
          .map(q -> q.linked(corpus.entities()))
          .toList();
    }
  }

  /**
   * The claims within a story that cannot both hold; given a store, only for the stories the fusion
   * stage found changed ({@link StoryReuse}), the others' being the stored ones (left in the store,
   * unread, by a run that only saves).
   */
  record Conflicts(Models models) implements CorpusStage {
    @Override
    public String name() {
      return "conflicts";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, ENTITIES, STORIES, FUSED_EVENTS, COVERAGE);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(CONFLICTS);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      Scope scope = Scope.of(corpus, corpus.reuse());
      List<dev.parallax.model.Conflict> found =
          new ConflictDetector(models.kb(), models.rules())
              .detect(
                  scope.stories(),
                  scope.articles(),
                  scope.quotes(corpus),
                  corpus.entities().entities(),
                  scope.events());
      return corpus.withConflicts(
          corpus.reuse() == null ? found : corpus.reuse().conflicts(corpus.stories(), found));
    }
  }

  /** The page a person reads, from the records of the stages before it. */
  record Report(Models models) implements CorpusStage {
    @Override
    public String name() {
      return "report";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, ENTITIES, FUSED_EVENTS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(REPORT);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      return corpus.withReport(HtmlReport.render(corpus.records(), models.rules()));
    }
  }
}
