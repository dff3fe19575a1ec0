package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.LazyList;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import java.util.List;

/**
 * Everything one report shows: the records of one run, as written to the JSON Lines files. Any list
 * may be empty (a run that stopped before grouping has no stories; coverage and conflicts are empty
 * until their stages exist), and the report then says "none found". The quotes of a run growing a
 * store are linked when first read ({@link LazyList}).
 */
public record ReportData(
    List<Article> articles,
    List<Entity> entities,
    List<Event> events,
    List<Quote> quotes,
    List<Story> stories,
    List<Coverage> coverage,
    List<Conflict> conflicts) {
  public ReportData {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    quotes = LazyList.orCopy(quotes);
    stories = List.copyOf(stories);
    coverage = List.copyOf(coverage);
    conflicts = List.copyOf(conflicts);
  }
}
