package dev.parallax.report;

import dev.parallax.events.CameoCode;
import dev.parallax.events.CameoCodes;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Event;
import dev.parallax.model.Quote;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Look-ups over one run's records, for rendering: articles, entity names, events, quotes per
 * article, coverage per story and outlet, conflicts per story. Ids that point nowhere resolve to
 * empty values rather than failing. Immutable after construction.
 */
final class ReportIndex {
  /** The column name of articles whose outlet is unknown. */
  static final String UNKNOWN_OUTLET = "unknown outlet";

  private final Map<String, Article> articles;
  private final Map<String, String> entityNames;
  private final Map<String, Event> events;
  private final Map<String, List<Quote>> quotesByArticle;
  private final Map<String, List<Coverage>> coverageByStory;
  private final Map<String, List<Conflict>> conflictsByStory;
  private final CameoCodes cameo;

  ReportIndex(ReportData data, CameoCodes cameo) {
    this.cameo = cameo;
    articles = byId(data.articles(), Article::id);
    entityNames = new HashMap<>();
    data.entities().forEach(e -> entityNames.putIfAbsent(e.id(), e.name()));
    events = byId(data.events(), Event::id);
    quotesByArticle = data.quotes().stream().collect(Collectors.groupingBy(Quote::article));
    coverageByStory =
        data.coverage().stream()
            .filter(c -> c.story() != null)
            .collect(Collectors.groupingBy(Coverage::story));
    conflictsByStory =
        data.conflicts().stream()
            .filter(c -> c.story() != null)
            .collect(Collectors.groupingBy(Conflict::story));
  }

  private static <T> Map<String, T> byId(List<T> records, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    records.forEach(r -> map.putIfAbsent(id.apply(r), r));
    return map;
  }

  Optional<Article> article(String id) {
    return Optional.ofNullable(id == null ? null : articles.get(id));
  }

  Optional<Event> event(String id) {
    return Optional.ofNullable(id == null ? null : events.get(id));
  }

  /** Whether {@code [start, end)} lies inside the body of an article of this run. */
  boolean fits(String article, int start, int end) {
    return article(article)
        .map(a -> 0 <= start && start <= end && end <= a.body().length())
        .orElse(false);
  }

  /** The column an article belongs to: its outlet, or {@link #UNKNOWN_OUTLET}. */
  String outletOf(String article) {
    return article(article).map(Article::outlet).filter(Objects::nonNull).orElse(UNKNOWN_OUTLET);
  }

  /** An entity's canonical name, else its id, else the given fallback. */
  String entityName(String entity, String fallback) {
    if (entity == null) {
      return fallback;
    }
    return entityNames.getOrDefault(entity, entity);
  }

  String actorName(ActorRef ref) {
    String code = ref.actor() == null ? "unknown actor" : ref.actor();
    return entityName(ref.entity(), code);
  }

  /** One line for people: source, action (name and CAMEO code), target. */
  String describe(Event e) {
    String action =
        cameo
            .get(e.cameo())
            .map(CameoCode::name)
            .map(n -> n + " (" + e.cameo() + ")")
            .orElse("CAMEO " + e.cameo());
    return actorName(e.source()) + " \u2192 " + action + " \u2192 " + actorName(e.target());
  }

  List<Quote> quotesOf(String article) {
    return quotesByArticle.getOrDefault(article, List.of());
  }

  /** The coverage row of one outlet in one story, if the run computed one. */
  Optional<Coverage> coverage(String story, String outlet) {
    return coverageByStory.getOrDefault(story, List.of()).stream()
        .filter(c -> outlet.equals(c.outlet() == null ? UNKNOWN_OUTLET : c.outlet()))
        .findFirst();
  }

  List<Conflict> conflicts(String story) {
    return conflictsByStory.getOrDefault(story, List.of());
  }
}
