package dev.parallax.stories;

import static java.util.stream.Collectors.toSet;

import dev.parallax.actors.LinkedEntities;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The events of a corpus as {@code events.jsonl} gives them: each article-level event with its
 * actors' entities and its story, the events of undated articles dated through the events they
 * share with dated ones (which also bounds those articles' publication dates), and the reports of
 * one real event fused across articles. Stateless.
 */
public final class CorpusEvents {
  private CorpusEvents() {}

  /**
   * @param events the fused events
   * @param published the publication date inferred for undated articles, each with the fused event
   *     it comes from, by article id
   */
  public record Result(List<Event> events, Map<String, InferredPublication> published) {
    public Result {
      events = List.copyOf(events);
      published = Map.copyOf(published);
    }
  }

  /**
   * @param articles every article of the corpus
   * @param extracted every article-level event
   * @param stories the stories, or an empty list before grouping
   * @param storedIds the stored fused events' ids, which the fused events holding them keep; empty
   *     without a store
   * @param added the ids of the articles a run adds to a stored corpus, whose events join the
   *     stored events ({@link EventFuser#growing}); empty without a store
   */
  public static Result fuse(
      List<Article> articles,
      List<ExtractedEvent> extracted,
      LinkedEntities linked,
      List<Story> stories,
      Set<String> storedIds,
      Set<String> added) {
    Map<String, String> storyOf = new HashMap<>();
    stories.forEach(story -> story.articles().forEach(a -> storyOf.put(a, story.id())));
    List<Event> articleEvents = new ArrayList<>();
    Map<String, MonthDay> yearless = new HashMap<>();
    for (ExtractedEvent e : extracted) {
      String article = e.event().mentions().get(0).article();
      articleEvents.add(e.linked(linked, storyOf.get(article)));
      if (e.yearlessDay() != null) {
        yearless.put(e.event().id(), e.yearlessDay());
      }
    }
    Map<String, String> outletOf = new HashMap<>();
    articles.stream()
        .filter(a -> a.outlet() != null)
        .forEach(a -> outletOf.put(a.id(), a.outlet()));
    Map<String, PartialDate> publishedOf = new HashMap<>();
    articles.stream()
        .filter(a -> a.published() != null)
        .forEach(a -> publishedOf.put(a.id(), a.published()));
    Map<String, String> reportOf = new HashMap<>();
    articles.forEach(a -> reportOf.put(a.id(), a.report()));
    EventFuser fuser =
        new EventFuser(outletOf::get, publishedOf::get, a -> reportOf.getOrDefault(a, a))
            .growing(storedIds, added);
    Set<String> undated =
        articles.stream().filter(a -> a.published() == null).map(Article::id).collect(toSet());
    EventFuser.Clustering clustering = fuser.clustering(articleEvents, yearless);
    SharedEventDates.Result dated =
        SharedEventDates.resolve(
            undated, articleEvents, clustering.clusters(), yearless, publishedOf::get);
    // the groups the dating left as they were keep the clusters just found
    List<Event> fused = fuser.fuse(dated.events(), dated.yearless(), clustering);
    return new Result(fused, fusedSources(dated.published(), articleEvents, fused));
  }

  /** Each inferred date with the fused event that holds the article-level event it came from. */
  private static Map<String, InferredPublication> fusedSources(
      Map<String, InferredPublication> inferred, List<Event> articleEvents, List<Event> fused) {
    Map<EventMention, String> fusedOf = new HashMap<>();
    fused.forEach(e -> e.mentions().forEach(m -> fusedOf.putIfAbsent(m, e.id())));
    Map<String, Event> byId = new HashMap<>();
    articleEvents.forEach(e -> byId.putIfAbsent(e.id(), e));
    Map<String, InferredPublication> out = new HashMap<>();
    inferred.forEach(
        (article, p) -> {
          Event source = byId.get(p.event());
          String id =
              source.mentions().stream()
                  .map(fusedOf::get)
                  .filter(Objects::nonNull)
                  .findFirst()
                  .orElse(p.event());
          out.put(article, p.withEvent(id));
        });
    return out;
  }

  /** Each story with its events and the span of their dates. */
  public static List<Story> withEvents(List<Story> stories, List<Event> events) {
    Map<String, List<Event>> byStory = new HashMap<>();
    for (Event e : events) {
      if (e.story() != null) {
        byStory.computeIfAbsent(e.story(), k -> new ArrayList<>()).add(e);
      }
    }
    return stories.stream()
        .map(s -> withEvents(s, byStory.getOrDefault(s.id(), List.of())))
        .toList();
  }

  /** {@code story} with the dates and ids of {@code own}, its events. */
  private static Story withEvents(Story story, List<Event> own) {
    List<PartialDate> dates =
        own.stream().map(Event::date).filter(Objects::nonNull).sorted().toList();
    return new Story(
        story.id(),
        story.title(),
        story.articles(),
        story.outlets(),
        dates.isEmpty() ? null : dates.get(0),
        dates.isEmpty() ? null : dates.get(dates.size() - 1),
        own.stream().map(Event::id).sorted(Comparator.naturalOrder()).toList());
  }
}
