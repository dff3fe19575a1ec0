package dev.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import java.util.List;

/**
 * The JSON of the four parts of a stored {@link ArticleResult}, in the encoding of {@link Jsonl}
 * (snake_case keys in record-component order): the article as the per-article stages left it (a
 * line of {@code articles.jsonl} without the corpus stages' {@code copy_of}, which the store keeps
 * in its own column, {@code articles.copy_of}), the actor mentions as one object, events and quotes
 * as arrays. Encoding what was decoded gives the same bytes. Thread-safe.
 */
final class ResultCodec {
  private static final ObjectMapper MAPPER = Jsonl.mapper();
  private static final JavaType EVENTS =
      MAPPER.getTypeFactory().constructCollectionType(List.class, ExtractedEvent.class);
  private static final JavaType QUOTES =
      MAPPER.getTypeFactory().constructCollectionType(List.class, ExtractedQuote.class);

  private ResultCodec() {}

  /** The four parts of one result. */
  record Encoded(String article, String actors, String events, String quotes) {}

  /**
   * @throws IllegalArgumentException when the result is not an extracted article
   */
  static Encoded encode(ArticleResult result) {
    if (!(result.record() instanceof Article article) || result.actors() == null) {
      throw new IllegalArgumentException("only extracted articles are stored: " + result.record());
    }
    com.fasterxml.jackson.databind.node.ObjectNode json = MAPPER.valueToTree(article);
    json.remove("copy_of");
    return new Encoded(
        Jsonl.line(json),
        Jsonl.line(result.actors()),
        write(result.events(), EVENTS),
        write(result.quotes(), QUOTES));
  }

  /**
   * @throws IllegalArgumentException when a part does not read as its record
   */
  static ArticleResult decode(Encoded parts) {
    Article article = Jsonl.read(parts.article(), Article.class);
    // Scare quotes are a function of the body alone: read again rather than stored.
    return new ArticleResult(
        article,
        Jsonl.read(parts.actors(), ArticleActors.class),
        read(parts.events(), EVENTS),
        read(parts.quotes(), QUOTES),
        QuoteExtractor.scareQuotes(article.body()),
        List.of());
  }

  private static String write(List<?> values, JavaType type) {
    try {
      return MAPPER.writerFor(type).writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + type + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> read(String json, JavaType type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a " + type + ": " + e.getMessage(), e);
    }
  }
}
