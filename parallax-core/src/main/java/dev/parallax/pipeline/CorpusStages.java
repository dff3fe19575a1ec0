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

import dev.parallax.actors.EntityLinker;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.conflicts.ConflictDetector;
import dev.parallax.coverage.CoverageBuilder;
import dev.parallax.coverage.CoverageInput;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostics;
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

  /** Links actor mentions into entities across articles, and quotes to their speakers' entities. */
  record Entities(Models models) implements CorpusStage {
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
      LinkedEntities linked = new EntityLinker(models.kb()).link(corpus.actors());
      List<Quote> quotes = corpus.articleQuotes().stream().map(q -> q.linked(linked)).toList();
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
      EventKeys events =
          EventKeys.of(corpus.articleEvents().stream().map(ExtractedEvent::event).toList());
      List<Story> stories =
          store == null
              ? grouper.group(corpus.articles(), events)
              : StoredStories.group(grouper, store, corpus.articles(), events);
      return withCopies(corpus, stories, added).withStories(stories);
    }

    /**
     * {@code corpus} with the copies among the articles of each story an added article is in: only
     * these stories are compared again (a stored story nothing joined keeps its stored copies), and
     * only within a story, so the cost per added article is bounded by its story's size.
     */
    private static Corpus withCopies(
        Corpus corpus, List<Story> stories, List<ArticleResult> added) {
      Set<String> addedIds = new HashSet<>();
      added.forEach(r -> addedIds.add(r.record().id()));
      List<Story> touched =
          stories.stream().filter(s -> s.articles().stream().anyMatch(addedIds::contains)).toList();
      Map<String, Article> byId = new HashMap<>();
      corpus.articles().forEach(a -> byId.put(a.id(), a));
      Map<String, String> copyOf = new CopyDetector().inStories(touched, byId::get);
      Set<String> checked = new HashSet<>();
      touched.forEach(s -> checked.addAll(s.articles()));
      return corpus.withCopies(copyOf, checked);
    }
  }

  /**
   * Gives each event its entities and story, dates undated articles' events through the events they
   * share with dated ones, and fuses the reports of one real event across articles.
   */
  record Fusion() implements CorpusStage {
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
      CorpusEvents.Result fused =
          CorpusEvents.fuse(corpus.articles(), corpus.articleEvents(), corpus.entities(), stories);
      LOG.info(
          "fused {} article-level events into {}",
          corpus.articleEvents().size(),
          fused.events().size());
      Corpus out = corpus.withEvents(fused.events(), fused.published());
      return corpus.stories() == null
          ? out
          : out.withStories(CorpusEvents.withEvents(stories, fused.events()));
    }
  }

  /** How each outlet told each story: labels, voices, reported and omitted events, tone. */
  record Coverage(Models models) implements CorpusStage {
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
      CoverageInput input =
          new CoverageInput(
              corpus.articles(),
              corpus.actors(),
              corpus.articleQuotes(),
              corpus.entities(),
              corpus.stories(),
              corpus.events(),
              corpus.scareQuotes());
      List<dev.parallax.model.Coverage> rows =
          new CoverageBuilder(models.rules())
              .build(input).stream()
                  .map(
                      c ->
                          corpus.outlets() == null
                              ? c
                              : c.withOutletId(
                                  corpus.outlets().named(c.outlet()).map(o -> o.id()).orElse(null)))
                  .toList();
      return corpus.withCoverage(rows);
    }
  }

  /** The claims within a story that cannot both hold. */
  record Conflicts(Models models) implements CorpusStage {
    @Override
    public String name() {
      return "conflicts";
    }

    @Override
    public Set<Layer> reads() {
      return Set.of(ARTICLE, ENTITIES, STORIES, FUSED_EVENTS);
    }

    @Override
    public Set<Layer> produces() {
      return Set.of(CONFLICTS);
    }

    @Override
    public Corpus apply(List<ArticleResult> added, Corpus corpus, Diagnostics diagnostics) {
      return corpus.withConflicts(
          new ConflictDetector(models.kb(), models.rules())
              .detect(
                  corpus.stories(),
                  corpus.articles(),
                  corpus.quotes(),
                  corpus.entities().entities(),
                  corpus.events()));
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
