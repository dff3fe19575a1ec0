package dev.parallax.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.model.LazyList;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.quotes.ScareQuote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The JSON of the five parts of a stored {@link ArticleResult}, in the encoding of {@link Jsonl}
 * (snake_case keys in record-component order): the article as the per-article stages left it (a
 * line of {@code articles.jsonl} without the corpus stages' {@code copy_of}, which the store keeps
 * in its own column, {@code articles.copy_of}), the actor mentions as one object, events, quotes
 * and scare quotes as arrays. Encoding what was decoded gives the same bytes. Thread-safe.
 */
final class ResultCodec {
  private static final ObjectMapper MAPPER = Jsonl.mapper();
  private static final JavaType ARTICLE = MAPPER.constructType(Article.class);
  private static final JavaType ACTORS = MAPPER.constructType(ArticleActors.class);
  private static final JavaType EVENTS =
      MAPPER.getTypeFactory().constructCollectionType(List.class, ExtractedEvent.class);
  private static final JavaType QUOTES =
      MAPPER.getTypeFactory().constructCollectionType(List.class, ExtractedQuote.class);
  private static final JavaType WIRES =
      MAPPER.getTypeFactory().constructCollectionType(List.class, String.class);
  private static final JavaType SCARE_QUOTES =
      MAPPER.getTypeFactory().constructCollectionType(List.class, ScareQuote.class);

  private ResultCodec() {}

  /**
   * The five parts of one result.
   *
   * @param scareQuotes null for a result stored before schema version 14, which kept no scare
   *     quotes: they are found again from the body
   */
  record Encoded(String article, String actors, String events, String quotes, String scareQuotes) {}

  /**
   * The keys of {@code actors}' mentions, each once in the order first mentioned ({@link
   * ArticleActors#keys}), as a JSON array of {@link ActorKey#wire()}s: the {@code
   * articles.actor_keys} a run reads instead of the mentions (schema version 20).
   */
  static String actorKeys(ArticleActors actors) {
    return write(actors.keys().stream().map(ActorKey::wire).toList(), WIRES);
  }

  /**
   * The actor mentions these UTF-8 bytes hold.
   *
   * @throws IllegalArgumentException when they do not read as actor mentions
   */
  static ArticleActors actors(byte[] json) {
    return read(json, ACTORS);
  }

  /**
   * The stored actor mentions of article {@code id}, whose keys are {@code keys} ({@link
   * #actorKeys}), read from the bytes {@code actors} gives when first read.
   *
   * @param keyOf each key by its wire, shared by the articles of one read so that each key is held
   *     once
   * @throws IllegalArgumentException when the keys do not read
   */
  static ArticleActors actors(
      String id, byte[] keys, Supplier<byte[]> actors, Map<String, ActorKey> keyOf) {
    List<String> wires = read(keys, WIRES);
    List<ActorKey> parsed = new ArrayList<>(wires.size());
    for (String w : wires) {
      parsed.add(keyOf.computeIfAbsent(w, ActorKey::parse));
    }
    return ArticleActors.stored(
        id,
        parsed,
        () -> {
          ArticleActors read = readLater(id, "actor mentions", actors.get(), ACTORS);
          return read.mentions();
        });
  }

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
        write(result.quotes(), QUOTES),
        write(result.scareQuotes(), SCARE_QUOTES));
  }

  /**
   * @throws IllegalArgumentException when a part does not read as its record
   */
  static ArticleResult decode(Encoded parts) {
    return decode(
        utf8(parts.article()),
        utf8(parts.actors()),
        utf8(parts.events()),
        utf8(parts.quotes()),
        utf8(parts.scareQuotes()));
  }

  /**
   * The result whose five parts are these UTF-8 bytes, as a store reads them: parsed from the
   * bytes, without first making a string of each part; the events and quotes when first read
   * ({@link LazyList}: a part that does not read then throws a {@link StoreException} naming the
   * article). Without stored scare quotes ({@code scareQuotes} null, as saved before schema version
   * 14) they are found again from the body.
   *
   * @throws IllegalArgumentException when the article, actors or scare quotes do not read as their
   *     records, or there are no events or quotes
   */
  static ArticleResult decode(
      byte[] article, byte[] actors, byte[] events, byte[] quotes, byte[] scareQuotes) {
    if (events == null || quotes == null) {
      throw new IllegalArgumentException("no " + (events == null ? EVENTS : QUOTES) + " stored");
    }
    return decode(article(article), actors(actors), () -> events, () -> quotes, scareQuotes);
  }

  /**
   * The article these UTF-8 bytes hold.
   *
   * @throws IllegalArgumentException when they do not read as an article
   */
  static Article article(byte[] json) {
    return read(json, ARTICLE);
  }

  /**
   * {@link #decode(byte[], byte[], byte[], byte[], byte[])} with the article and its actor mentions
   * read already (or the mentions made to be read when first read, {@link #actors}), and the
   * events' and quotes' bytes as {@code events} and {@code quotes} give them, when each is first
   * read.
   */
  static ArticleResult decode(
      Article read,
      ArticleActors actors,
      Supplier<byte[]> events,
      Supplier<byte[]> quotes,
      byte[] scareQuotes) {
    return new ArticleResult(
        read,
        actors,
        new LazyList<>(() -> readLater(read.id(), "events", events.get(), EVENTS)),
        new LazyList<>(() -> readLater(read.id(), "quotes", quotes.get(), QUOTES)),
        scareQuotes == null
            ? QuoteExtractor.scareQuotes(read.body())
            : read(scareQuotes, SCARE_QUOTES),
        List.of());
  }

  /**
   * The {@code part} (events or quotes, of {@code type}) of the stored article {@code id}, decoded
   * when a run first reads them: most runs growing a large store read those of the new articles'
   * stories alone.
   *
   * @throws StoreException when they do not read
   */
  private static <T> T readLater(String id, String part, byte[] json, JavaType type) {
    try {
      return read(json, type);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "the " + part + " of stored article " + id + " no longer read: " + e, e);
    }
  }

  private static byte[] utf8(String json) {
    return json == null ? null : json.getBytes(StandardCharsets.UTF_8);
  }

  private static String write(List<?> values, JavaType type) {
    try {
      return MAPPER.writerFor(type).writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot encode " + type + ": " + e.getMessage(), e);
    }
  }

  private static <T> T read(byte[] json, JavaType type) {
    if (json == null) {
      throw new IllegalArgumentException("no " + type + " stored");
    }
    try {
      return MAPPER.readValue(json, type);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a " + type + ": " + e.getMessage(), e);
    }
  }
}
