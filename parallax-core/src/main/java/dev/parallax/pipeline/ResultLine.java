package dev.parallax.pipeline;

import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Rejection;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import java.util.List;

/**
 * One input's {@link ArticleResult} as one JSON line, for per-article results made in one place
 * (the Spark job's part files) and taken in another ({@code parallax import}): the article exactly
 * as a line of {@code articles.jsonl} or the rejection, the extractions, the diagnostics, and the
 * input's position among all inputs, which orders them back. Written and read through {@link Jsonl}
 * (snake_case keys).
 *
 * @param index the input's position among the run's inputs, from 0
 * @param article the accepted article, or null
 * @param rejection the rejection, or null (exactly one of the two is set)
 */
public record ResultLine(
    long index,
    Article article,
    Rejection rejection,
    ArticleActors actors,
    List<ExtractedEvent> events,
    List<ExtractedQuote> quotes,
    List<ScareQuote> scareQuotes,
    List<Diagnostic> diagnostics,
    String notAnalysed) {

  /** The line of {@code result}, the {@code index}-th input. */
  public static String encode(long index, ArticleResult result) {
    Article article = result.record() instanceof Article a ? a : null;
    Rejection rejection = result.record() instanceof Rejection r ? r : null;
    return Jsonl.line(
        new ResultLine(
            index,
            article,
            rejection,
            result.actors(),
            result.events(),
            result.quotes(),
            result.scareQuotes(),
            result.diagnostics(),
            result.notAnalysed()));
  }

  /**
   * The line {@code json} holds.
   *
   * @throws IllegalArgumentException when it is not one {@link #encode} wrote
   */
  public static ResultLine decode(String json) {
    ResultLine line = Jsonl.read(json, ResultLine.class);
    if ((line.article() == null) == (line.rejection() == null)) {
      throw new IllegalArgumentException("neither an article nor a rejection: " + abbreviate(json));
    }
    return line;
  }

  /** The result this line holds. */
  public ArticleResult result() {
    return new ArticleResult(
        article != null ? article : rejection,
        actors,
        orEmpty(events),
        orEmpty(quotes),
        orEmpty(scareQuotes),
        orEmpty(diagnostics),
        notAnalysed);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String abbreviate(String json) {
    return json.length() <= 200 ? json : json.substring(0, 200) + "...";
  }
}
