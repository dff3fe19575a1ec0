package dev.parallax.coverage;

import dev.parallax.actors.ArticleActors;
import dev.parallax.actors.LinkedEntities;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.Story;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the coverage builder reads: the corpus stages' records of a whole run.
 *
 * @param articles every accepted article
 * @param actors the actor mentions of each article
 * @param quotes every quote and reported statement, speakers unlinked
 * @param linked the run's entities and the way from a mention to its entity
 * @param stories the stories, each with its member articles
 * @param events the fused events, with entity ids on source and target
 * @param scareQuotes the scare-quoted terms of each article (the quotes stage's), by article id
 */
public record CoverageInput(
    List<Article> articles,
    List<ArticleActors> actors,
    List<ExtractedQuote> quotes,
    LinkedEntities linked,
    List<Story> stories,
    List<Event> events,
    Map<String, List<ScareQuote>> scareQuotes) {
  public CoverageInput {
    articles = List.copyOf(articles);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(linked, "linked");
    stories = List.copyOf(stories);
    events = List.copyOf(events);
    scareQuotes = Map.copyOf(scareQuotes);
  }
}
