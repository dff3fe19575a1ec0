package dev.parallax.stories;

import dev.parallax.model.Event;
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
 * and its publication is bounded by the latest shared date: published no earlier than that year,
 * written as the year ({@code published_from: inferred}).
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
   * @param published the inferred publication date, by id of an undated article that shares a dated
   *     event
   */
  public record Result(
      List<Event> events, Map<String, MonthDay> yearless, Map<String, PartialDate> published) {
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
   */
  public static Result resolve(
      Set<String> undated,
      List<Event> events,
      List<List<Event>> clusters,
      Map<String, MonthDay> yearless) {
    Function<Event, EventDay> dayOf = EventFuser.dayOf(yearless);
    Map<String, PartialDate> dates = new HashMap<>();
    Map<String, PartialDate> latestShared = new LinkedHashMap<>();
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
          latestShared.merge(article, fused, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
      }
    }
    Map<String, MonthDay> left = new HashMap<>(yearless);
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      PartialDate date = dates.get(e.id());
      LocalDate near = dayOf(latestShared.get(articleOf(e)));
      if (date == null && e.date() == null && near != null && yearless.containsKey(e.id())) {
        date = PartialDate.of(EventDay.place(yearless.get(e.id()), near));
      }
      if (date != null) {
        left.remove(e.id());
      }
      out.add(date == null ? e : e.withDate(date));
    }
    Map<String, PartialDate> published = new LinkedHashMap<>();
    latestShared.forEach((article, d) -> published.put(article, PartialDate.ofYear(d.year())));
    return new Result(out, left, published);
  }

  private static LocalDate dayOf(PartialDate d) {
    return d == null ? null : d.toLocalDate().orElse(null);
  }

  private static String articleOf(Event e) {
    return e.mentions().isEmpty() ? e.id() : e.mentions().get(0).article();
  }
}
