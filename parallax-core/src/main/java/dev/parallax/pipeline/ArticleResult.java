package dev.parallax.pipeline;

import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.LazyList;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import java.util.List;

/**
 * What the per-article stages made of one input. The annotation itself is not kept: the corpus
 * stages read only what was extracted from it, which keeps a large run's memory small, and a {@link
 * CorpusStore} keeps exactly this per article so that a later run need not analyse it again.
 *
 * @param record the article (with any inferred publication date) or the rejection
 * @param actors the article's actor mentions, or null when the run stopped before extracting
 * @param events the article's events (empty before extracting); a stored article's are decoded when
 *     first read ({@link LazyList})
 * @param quotes the article's quotes and reported statements (empty before extracting); a stored
 *     article's are decoded when first read
 * @param scareQuotes the outlet's scare-quoted terms (empty before extracting)
 * @param diagnostics the problems the stages went on from, in stage order (not stored)
 * @param notAnalysed why the English-only stages did not analyse the article ({@code language ru},
 *     {@code Cyrillic script}), or null when they did or did not run (not stored)
 */
public record ArticleResult(
    ArticleRecord record,
    ArticleActors actors,
    List<ExtractedEvent> events,
    List<ExtractedQuote> quotes,
    List<ScareQuote> scareQuotes,
    List<Diagnostic> diagnostics,
    String notAnalysed) {
  public ArticleResult {
    events = LazyList.orCopy(events);
    quotes = LazyList.orCopy(quotes);
    scareQuotes = List.copyOf(scareQuotes);
    diagnostics = List.copyOf(diagnostics);
  }

  /** A result whose stages all ran that the run asked for. */
  public ArticleResult(
      ArticleRecord record,
      ArticleActors actors,
      List<ExtractedEvent> events,
      List<ExtractedQuote> quotes,
      List<ScareQuote> scareQuotes,
      List<Diagnostic> diagnostics) {
    this(record, actors, events, quotes, scareQuotes, diagnostics, null);
  }

  /** A result with no extractions: a rejection, or an article of a run that stops before them. */
  public static ArticleResult of(ArticleRecord record, List<Diagnostic> diagnostics) {
    return new ArticleResult(record, null, List.of(), List.of(), List.of(), diagnostics);
  }

  /**
   * This result with {@code replaced} as its record (the same article as a corpus stage sees it).
   */
  public ArticleResult withRecord(ArticleRecord replaced) {
    return new ArticleResult(
        replaced, actors, events, quotes, scareQuotes, diagnostics, notAnalysed);
  }
}
