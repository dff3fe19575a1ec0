package dev.parallax.stories;

import dev.parallax.model.Event;
import dev.parallax.model.InferredPublication;
import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Dates the events of an undated article (no publication date: its yearless "on October 22" or
 * undated mentions) through the real events it shares with dated reports: an article-level event
 * fused ({@link EventFuser#clusters}) with a dated event of another article takes the fused date;
 * once an article shares a dated day, its other yearless days are placed in the year nearest to it;
 * and its publication date is the latest shared date that the reports state (it was published on or
 * after it; {@code published_from: inferred}), to the day, with the event that gives it.
 *
 * <p>A shared event's date is stated when one of its reports names its day without a year ("on
 * October 22": the fused date places it in the year of the dated reports) or gives it a date other
 * than that report's own publication date. A date equal to the report's publication date may be the
 * event extractor's fallback for an undated mention (the event happened on or before it), which
 * bounds nothing: when only such dates are shared, the publication date is, as before, only the
 * year of the latest shared date.
 *
 * <p>Never dates from the story alone: without a fused event holding a dated report of another
 * article, nothing changes. Stateless and thread-safe.
 */
public final class SharedEventDates {

  /**
   * The outcome.
   *
   * @param events the article-level events, with the dates found
   * @param yearless the yearless days still without a year, by event id
   * @param published the inferred publication date and the article-level event of this article it
   *     comes from, by id of an undated article that shares a dated event
   */
  public record Result(
      List<Event> events,
      Map<String, MonthDay> yearless,
      Map<String, InferredPublication> published) {
    public Result {
      events = List.copyOf(events);
      yearless = Map.copyOf(yearless);
      published = Map.copyOf(published);
    }
  }

  private SharedEventDates() {}

  /**
   * @param undated ids of the articles without a publication date
   * @param events the article-level events (the result keeps their order)
   * @param clusters the same events grouped into real events
   * @param yearless yearless days by event id
   * @param publishedOf the publication date of a dated article, by id (null for an undated one)
   */
  public static Result resolve(
      Set<String> undated,
      List<Event> events,
      List<List<Event>> clusters,
      Map<String, MonthDay> yearless,
      Function<String, PartialDate> publishedOf) {
    Function<Event, EventDay> dayOf = EventFuser.dayOf(yearless);
    Map<String, PartialDate> dates = new HashMap<>();
    Map<String, InferredPublication> latestShared = new LinkedHashMap<>();
    Map<String, InferredPublication> latestStated = new HashMap<>();
    for (List<Event> cluster : clusters) {
      PartialDate fused = EventFuser.fusedDate(cluster, dayOf);
      if (fused == null) {
        continue;
      }
      for (Event e : cluster) {
        String article = articleOf(e);
        boolean sharedWithDated =
            cluster.stream().anyMatch(o -> o.date() != null && !articleOf(o).equals(article));
        if (e.date() == null && undated.contains(article) && sharedWithDated) {
          dates.put(e.id(), fused);
          InferredPublication shared = new InferredPublication(fused, e.id());
          latestShared.merge(article, shared, SharedEventDates::later);
          if (stated(cluster, yearless, publishedOf)) {
            latestStated.merge(article, shared, SharedEventDates::later);
          }
        }
      }
    }
    Map<String, MonthDay> left = new HashMap<>(yearless);
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      PartialDate date = dates.get(e.id());
      InferredPublication shared = latestShared.get(articleOf(e));
      LocalDate near = shared == null ? null : dayOf(shared.date());
      if (date == null && e.date() == null && near != null && yearless.containsKey(e.id())) {
        date = PartialDate.of(EventDay.place(yearless.get(e.id()), near));
      }
      if (date != null) {
        left.remove(e.id());
      }
      out.add(date == null ? e : e.withDate(date));
    }
    Map<String, InferredPublication> published = new LinkedHashMap<>();
    latestShared.forEach(
        (article, shared) ->
            published.put(
                article,
                latestStated.getOrDefault(
                    article,
                    new InferredPublication(
                        PartialDate.ofYear(shared.date().year()), shared.event()))));
    return new Result(out, left, published);
  }

  /** The later of two, the first on a tie. */
  private static InferredPublication later(InferredPublication a, InferredPublication b) {
    return a.date().compareTo(b.date()) >= 0 ? a : b;
  }

  /**
   * Whether a report in {@code cluster} states the event's day: names it without a year, or dates
   * the event otherwise than its own publication date.
   */
  private static boolean stated(
      List<Event> cluster,
      Map<String, MonthDay> yearless,
      Function<String, PartialDate> publishedOf) {
    return cluster.stream()
        .anyMatch(
            o ->
                yearless.containsKey(o.id())
                    || o.date() != null && !o.date().equals(publishedOf.apply(articleOf(o))));
  }

  private static LocalDate dayOf(PartialDate d) {
    return d.toLocalDate().orElse(null);
  }

  private static String articleOf(Event e) {
    return e.mentions().isEmpty() ? e.id() : e.mentions().get(0).article();
  }
}
