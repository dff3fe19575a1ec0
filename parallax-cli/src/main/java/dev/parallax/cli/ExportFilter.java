package dev.parallax.cli;

import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.report.ReportData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which records {@code parallax export} keeps, chosen in memory: for a store whose corpus records
 * are pending, so made again from its articles. A store with current records chooses the same
 * records in the database ({@link dev.parallax.store.Selection}; {@code ExportCommandTest} checks
 * that both give the same files). Dates are event dates for events and publication dates for
 * articles and quotes (a partial date is kept when its span meets the range; an unknown date is not
 * kept once a range is given); an outlet keeps the records its articles report (a fused event keeps
 * its counts, its mentions are those of the outlet's articles); an actor is a CAMEO code prefix
 * ({@code RUS}, {@code RUSGOV}) or an entity id ({@code e…}), matching an event's source or target
 * and a quote's speaker; a story keeps its own records. Articles are kept when their date, outlet
 * and story pass and, given an actor, when they report a kept event or quote. Stories, coverage
 * rows, conflicts, entities and outlets follow the records kept.
 *
 * @param from first day of the range, or null
 * @param to last day of the range, or null
 * @param outlet the outlet's id, or null
 * @param actor a CAMEO code prefix or an entity id, or null
 * @param story a story id, or null
 */
record ExportFilter(LocalDate from, LocalDate to, String outlet, String actor, String story) {
  /** No filter: every record. */
  static final ExportFilter ALL = new ExportFilter(null, null, null, null, null);

  boolean isAll() {
    return equals(ALL);
  }

  /** The records of {@code all} this filter keeps; {@code outletOf} maps article ids to outlets. */
  Selection select(ReportData all, Map<String, Outlet> outletOf) {
    Map<String, String> storyOf = new HashMap<>();
    all.stories().forEach(s -> s.articles().forEach(a -> storyOf.put(a, s.id())));
    Set<String> articlesInScope = new HashSet<>();
    for (Article a : all.articles()) {
      if (dated(a.published()) && ofOutlet(a.id(), outletOf) && inStory(storyOf.get(a.id()))) {
        articlesInScope.add(a.id());
      }
    }
    List<Event> events =
        all.events().stream()
            .filter(e -> dated(e.date()) && inStory(e.story()) && byActor(e))
            .map(e -> outlet == null ? e : withMentionsOf(e, outletOf))
            .filter(e -> !e.mentions().isEmpty() || outlet == null)
            .toList();
    Map<String, String> codeOf = new HashMap<>();
    all.entities().stream()
        .filter(e -> e.actor() != null)
        .forEach(e -> codeOf.put(e.id(), e.actor()));
    List<Quote> quotes =
        all.quotes().stream()
            .filter(q -> articlesInScope.contains(q.article()))
            .filter(
                q ->
                    actor == null
                        || matchesEntity(q.speaker() == null ? null : q.speaker().entity(), codeOf))
            .toList();
    Set<String> reporting = new HashSet<>();
    events.forEach(e -> e.mentions().forEach(m -> reporting.add(m.article())));
    quotes.forEach(q -> reporting.add(q.article()));
    List<Article> articles =
        all.articles().stream()
            .filter(a -> articlesInScope.contains(a.id()))
            .filter(a -> actor == null || reporting.contains(a.id()))
            .toList();
    Set<String> kept = new HashSet<>();
    articles.forEach(a -> kept.add(a.id()));
    Set<String> storyIds = new HashSet<>();
    articles.forEach(a -> storyIds.add(storyOf.get(a.id())));
    events.forEach(e -> storyIds.add(e.story()));
    List<Story> stories = all.stories().stream().filter(s -> storyIds.contains(s.id())).toList();
    List<Coverage> coverage =
        all.coverage().stream()
            .filter(c -> storyIds.contains(c.story()))
            .filter(c -> outlet == null || outlet.equals(c.outletId()))
            .filter(c -> isAll() || c.articles().stream().anyMatch(kept::contains))
            .toList();
    List<Conflict> conflicts =
        all.conflicts().stream()
            .filter(c -> storyIds.contains(c.story()))
            .filter(c -> c.claims().stream().anyMatch(cl -> kept.contains(cl.article())))
            .toList();
    Set<String> entityIds = new HashSet<>();
    events.forEach(
        e -> {
          if (e.source() != null) {
            entityIds.add(e.source().entity());
          }
          if (e.target() != null) {
            entityIds.add(e.target().entity());
          }
        });
    quotes.forEach(q -> entityIds.add(q.speaker() == null ? null : q.speaker().entity()));
    List<Entity> entities =
        isAll()
            ? all.entities()
            : all.entities().stream().filter(e -> entityIds.contains(e.id())).toList();
    Set<String> outletIds = new HashSet<>();
    articles.forEach(
        a -> {
          Outlet o = outletOf.get(a.id());
          if (o != null) {
            outletIds.add(o.id());
          }
        });
    return new Selection(
        new ReportData(articles, entities, events, quotes, stories, coverage, conflicts),
        outletIds);
  }

  /**
   * The records kept.
   *
   * @param outletIds the ids of the outlets of the articles kept
   */
  record Selection(ReportData records, Set<String> outletIds) {}

  private boolean dated(PartialDate date) {
    if (from == null && to == null) {
      return true;
    }
    if (date == null) {
      return false;
    }
    LocalDate first = LocalDate.of(date.year(), Math.max(1, date.month()), Math.max(1, date.day()));
    LocalDate last =
        date.month() == 0
            ? LocalDate.of(date.year(), 12, 31)
            : date.day() == 0 ? first.withDayOfMonth(first.lengthOfMonth()) : first;
    return (from == null || !last.isBefore(from)) && (to == null || !first.isAfter(to));
  }

  private boolean ofOutlet(String article, Map<String, Outlet> outletOf) {
    Outlet o = outletOf.get(article);
    return outlet == null || (o != null && o.id().equals(outlet));
  }

  private boolean inStory(String id) {
    return story == null || story.equals(id);
  }

  private boolean byActor(Event e) {
    return actor == null
        || matches(
            e.source() == null ? null : e.source().entity(),
            e.source() == null ? null : e.source().actor())
        || matches(
            e.target() == null ? null : e.target().entity(),
            e.target() == null ? null : e.target().actor());
  }

  private boolean matchesEntity(String entity, Map<String, String> codeOf) {
    return entity != null && matches(entity, codeOf.get(entity));
  }

  private boolean matches(String entity, String code) {
    return dev.parallax.store.Selection.isEntityId(actor)
        ? actor.equals(entity)
        : code != null && code.startsWith(actor);
  }

  private Event withMentionsOf(Event e, Map<String, Outlet> outletOf) {
    return e.withReports(
        e.id(),
        e.mentions().stream().filter(m -> ofOutlet(m.article(), outletOf)).toList(),
        e.articles(),
        e.outlets());
  }
}
