package dev.parallax.pipeline;

import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ArticleRecord;
import dev.parallax.quotes.ExtractedQuote;
import java.util.List;

/**
 * What the per-article stages made of one input. The annotation itself is not kept: the corpus
 * stages read only what was extracted from it, which keeps a large run's memory small, and a {@link
 * CorpusStore} keeps exactly this per article so that a later run need not analyse it again.
 *
 * @param record the article (with any inferred publication date) or the rejection
 * @param actors the article's actor mentions, or null when the run stopped before extracting
 * @param events the article's events (empty before extracting)
 * @param quotes the article's quotes and reported statements (empty before extracting)
 */
public record ArticleResult(
    ArticleRecord record,
    ArticleActors actors,
    List<ExtractedEvent> events,
    List<ExtractedQuote> quotes) {
  public ArticleResult {
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }

  static ArticleResult of(ArticleRecord record) {
    return new ArticleResult(record, null, List.of(), List.of());
  }
}
