package dev.parallax.pipeline;

import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.DateSource;
import dev.parallax.model.Event;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.LazyList;
import dev.parallax.model.Outlet;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.outlets.OutletDirectory;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import dev.parallax.report.ReportData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A corpus as the corpus stages build it up: the per-article results of every accepted article and
 * the records each corpus stage added. A layer not produced yet is null.
 *
 * @param results every accepted article's result, stored ones first, then in input order
 * @param outlets the outlets, each article under its canonical outlet ({@link Layer#OUTLETS})
 * @param entities the entities linked across articles ({@link Layer#ENTITIES})
 * @param quotes every quote with its speaker's entity ({@link Layer#ENTITIES})
 * @param stories the stories, with their events once fused ({@link Layer#STORIES})
 * @param events the fused events ({@link Layer#FUSED_EVENTS})
 * @param published publication dates inferred through shared events, each with the event it comes
 *     from, by article id ({@link Layer#FUSED_EVENTS})
 * @param coverage per story and outlet ({@link Layer#COVERAGE})
 * @param conflicts contradicting claims ({@link Layer#CONFLICTS})
 * @param report the HTML page ({@link Layer#REPORT})
 * @param copies the original of each article that is a copy, by the copy's id: the {@code copy_of}
 *     of the articles in {@code results} ({@link Layer#STORIES}; a stored article's as stored)
 * @param reuse which stories' coverage and conflicts a store holds already, with the digests of
 *     every story's inputs to save with the records ({@link Layer#COVERAGE}); null without a store
 * @param savedOnly whether the corpus records are only saved in the store, read by nothing else (a
 *     run without an output folder): the stored records of unchanged stories are then read only as
 *     far as the save needs ({@link SavedStoryRecords}), not whole, and the stored articles are
 *     given without their text, each stage reading the bodies it needs ({@link #withBodies})
 */
public record Corpus(
    List<ArticleResult> results,
    OutletDirectory outlets,
    LinkedEntities entities,
    List<Quote> quotes,
    List<Story> stories,
    List<Event> events,
    Map<String, InferredPublication> published,
    List<Coverage> coverage,
    List<Conflict> conflicts,
    String report,
    Map<String, String> copies,
    StoryReuse reuse,
    boolean savedOnly) {
  public Corpus {
    results = List.copyOf(results);
    copies = Map.copyOf(copies);
  }

  /** The original of each copy among {@code results}' articles, by the copy's id. */
  private static Map<String, String> copiesOf(List<ArticleResult> results) {
    Map<String, String> out = new java.util.HashMap<>();
    for (ArticleResult r : results) {
      if (r.record() instanceof Article a && a.copyOf() != null) {
        out.put(a.id(), a.copyOf());
      }
    }
    return out;
  }

  /** A corpus of these results, before any corpus stage, whose records are read whole. */
  public static Corpus of(List<ArticleResult> results) {
    return of(results, false);
  }

  /**
   * A corpus of these results, before any corpus stage; its records {@code savedOnly} or read whole
   * (the component of that name).
   */
  public static Corpus of(List<ArticleResult> results, boolean savedOnly) {
    return new Corpus(
        results,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        copiesOf(results),
        null,
        savedOnly);
  }

  /**
   * This corpus with its outlets: each article's result under its outlet's canonical name, so that
   * the stages after this one see one name per publisher.
   */
  public Corpus withOutlets(OutletDirectory directory) {
    List<ArticleResult> canonical =
        results.stream()
            .map(
                r ->
                    r.record() instanceof Article a && directory.canonical(a) != a
                        ? r.withRecord(directory.canonical(a))
                        : r)
            .toList();
    return new Corpus(
        canonical, directory, entities, quotes, stories, events, published, coverage, conflicts,
        report, copies, reuse, savedOnly);
  }

  /**
   * This corpus with the copies found among the articles with the ids in {@code checked}: each of
   * them is a copy of the article {@code copyOf} maps its id to, or no copy when it maps to none;
   * the other articles keep what they were (a stored article its stored {@code copy_of}).
   */
  public Corpus withCopies(Map<String, String> copyOf, Set<String> checked) {
    List<ArticleResult> marked =
        results.stream()
            .map(
                r ->
                    r.record() instanceof Article a
                            && checked.contains(a.id())
                            && !Objects.equals(a.copyOf(), copyOf.get(a.id()))
                        ? r.withRecord(a.withCopyOf(copyOf.get(a.id())))
                        : r)
            .toList();
    return new Corpus(
        marked,
        outlets,
        entities,
        quotes,
        stories,
        events,
        published,
        coverage,
        conflicts,
        report,
        copiesOf(marked),
        reuse,
        savedOnly);
  }

  public Corpus withEntities(LinkedEntities linked, List<Quote> linkedQuotes) {
    return new Corpus(
        results,
        outlets,
        linked,
        LazyList.orCopy(linkedQuotes),
        stories,
        events,
        published,
        coverage,
        conflicts,
        report,
        copies,
        reuse,
        savedOnly);
  }

  public Corpus withStories(List<Story> grouped) {
    return new Corpus(
        results,
        outlets,
        entities,
        quotes,
        List.copyOf(grouped),
        events,
        published,
        coverage,
        conflicts,
        report,
        copies,
        reuse,
        savedOnly);
  }

  public Corpus withEvents(List<Event> fused, Map<String, InferredPublication> inferred) {
    return new Corpus(
        results,
        outlets,
        entities,
        quotes,
        stories,
        List.copyOf(fused),
        Map.copyOf(inferred),
        coverage,
        conflicts,
        report,
        copies,
        reuse,
        savedOnly);
  }

  public Corpus withCoverage(List<Coverage> rows) {
    return new Corpus(
        results,
        outlets,
        entities,
        quotes,
        stories,
        events,
        published,
        List.copyOf(rows),
        conflicts,
        report,
        copies,
        reuse,
        savedOnly);
  }

  /** This corpus with the stories whose coverage and conflicts were read from the store. */
  public Corpus withReuse(StoryReuse storyReuse) {
    return new Corpus(
        results,
        outlets,
        entities,
        quotes,
        stories,
        events,
        published,
        coverage,
        conflicts,
        report,
        copies,
        storyReuse,
        savedOnly);
  }

  public Corpus withConflicts(List<Conflict> found) {
    return new Corpus(
        results,
        outlets,
        entities,
        quotes,
        stories,
        events,
        published,
        coverage,
        List.copyOf(found),
        report,
        copies,
        reuse,
        savedOnly);
  }

  public Corpus withReport(String html) {
    return new Corpus(
        results, outlets, entities, quotes, stories, events, published, coverage, conflicts, html,
        copies, reuse, savedOnly);
  }

  /** Every article, as the per-article stages left it. */
  public List<Article> articles() {
    return results.stream().map(r -> (Article) r.record()).toList();
  }

  /**
   * {@code articles} with their bodies: the stored articles of a corpus whose records are only
   * saved come without their text ({@link CorpusStore#resultsForRun}), read here from {@code store}
   * for the articles a stage reads the body of; a corpus read whole has its articles as they are.
   */
  public List<Article> withBodies(List<Article> articles, CorpusStore store) {
    if (!savedOnly || store == null) {
      return articles;
    }
    List<String> textless =
        articles.stream().filter(a -> a.body().isEmpty()).map(Article::id).toList();
    if (textless.isEmpty()) {
      return articles;
    }
    Map<String, String> bodies = store.bodies(textless);
    return articles.stream()
        .map(
            a ->
                a.body().isEmpty() && bodies.containsKey(a.id())
                    ? a.withText(bodies.get(a.id()), List.of())
                    : a)
        .toList();
  }

  /** The actor mentions of each article that went through extraction. */
  public List<ArticleActors> actors() {
    return actorsOf(results);
  }

  /** The actor mentions of each of {@code results} that went through extraction. */
  static List<ArticleActors> actorsOf(List<ArticleResult> results) {
    return results.stream().map(ArticleResult::actors).filter(Objects::nonNull).toList();
  }

  /**
   * The article-level events of each article, by article id: a stored article's are decoded when
   * first asked for.
   */
  public java.util.function.Function<String, List<Event>> eventsOf() {
    Map<String, ArticleResult> byId = resultsById();
    return id -> {
      ArticleResult r = byId.get(id);
      return r == null ? List.of() : r.events().stream().map(ExtractedEvent::event).toList();
    };
  }

  /** Each result by its article's id. */
  Map<String, ArticleResult> resultsById() {
    Map<String, ArticleResult> out = new java.util.HashMap<>();
    results.forEach(r -> out.put(r.record().id(), r));
    return out;
  }

  /** Every quote with its speaker's mention, in article order. */
  public List<ExtractedQuote> articleQuotes() {
    return results.stream().flatMap(r -> r.quotes().stream()).toList();
  }

  /** The scare-quoted terms of each article, by article id. */
  public Map<String, List<ScareQuote>> scareQuotes() {
    Map<String, List<ScareQuote>> out = new LinkedHashMap<>();
    results.forEach(r -> out.put(((Article) r.record()).id(), r.scareQuotes()));
    return out;
  }

  /**
   * {@code article} with the publication date inferred through shared events ({@code
   * published_from: inferred}), or itself.
   */
  public Article dated(Article article) {
    InferredPublication inferred = published == null ? null : published.get(article.id());
    return inferred == null || article.published() != null
        ? article
        : article.withPublished(inferred.date(), DateSource.INFERRED);
  }

  /**
   * The id of the event the publication date of the article with this id was inferred from ({@code
   * published_event}), or null when it was not inferred.
   */
  public String publishedEvent(String articleId) {
    InferredPublication inferred = published == null ? null : published.get(articleId);
    return inferred == null ? null : inferred.event();
  }

  /**
   * The line of {@code articles.jsonl} for {@code article}: {@link #asWritten}, with its outlet id
   * and the event its publication date was inferred from.
   */
  public RecordFiles.ArticleLine line(Article article) {
    return new RecordFiles.ArticleLine(
        asWritten(article), outletId(article.id()), publishedEvent(article.id()));
  }

  /**
   * {@code article} as {@code articles.jsonl} gives it: under its outlet's canonical name, {@link
   * #dated}, and with the article it is a copy of.
   */
  public Article asWritten(Article article) {
    return dated(outlets == null ? article : outlets.canonical(article))
        .withCopyOf(copies.get(article.id()));
  }

  /** The outlets of the corpus, empty before the outlets stage. */
  public List<Outlet> outletList() {
    return outlets == null ? List.of() : outlets.outlets();
  }

  /** The id of the outlet of the article with this id, or null. */
  public String outletId(String articleId) {
    return outlets == null ? null : outlets.ofArticle(articleId).map(Outlet::id).orElse(null);
  }

  /**
   * The speakers of the quotes, as a store saves them ({@link CorpusStore#saveRecords(ReportData,
   * List, java.util.function.Function, java.util.function.Function, QuoteSpeakers)}), with {@code
   * asStored} the articles stored before this run.
   */
  public QuoteSpeakers quoteSpeakers(Set<String> asStored) {
    Map<String, String> entityOfKey = new java.util.HashMap<>();
    if (entities != null) {
      entities.entityByKey().forEach((key, entity) -> entityOfKey.put(key.wire(), entity));
    }
    Map<String, ArticleResult> byArticle = new java.util.HashMap<>();
    return new QuoteSpeakers(
        entityOfKey,
        id -> {
          if (entities == null) {
            return List.of();
          }
          if (byArticle.isEmpty()) {
            byArticle.putAll(resultsById());
          }
          ArticleResult r = byArticle.get(id);
          return r == null
              ? List.of()
              : r.quotes().stream()
                  .map(
                      q ->
                          new QuoteSpeakers.KeyedQuote(
                              q.linked(entities),
                              q.speaker() == null ? null : q.speaker().key().wire()))
                  .toList();
        },
        asStored);
  }

  /** The records as written and shown; a layer not produced is empty. */
  public ReportData records() {
    return new ReportData(
        articles().stream().map(this::dated).toList(),
        entities == null ? List.of() : entities.entities(),
        orEmpty(events),
        orEmpty(quotes),
        orEmpty(stories),
        orEmpty(coverage),
        orEmpty(conflicts));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
