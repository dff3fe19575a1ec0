package dev.parallax.pipeline;

import dev.parallax.actors.ArticleActors;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.clean.TextDecoder;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.RawDocument;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.ScareQuote;
import java.util.List;
import java.util.Objects;

/**
 * One document as the per-article stages build it up: each stage returns a new document with its
 * layers added. A layer not produced yet is null (or, for lists, empty).
 *
 * @param source what ingest read ({@link Layer#SOURCE})
 * @param text the decoded text ({@link Layer#TEXT})
 * @param article the clean article, with any inferred publication date ({@link Layer#ARTICLE},
 *     {@link Layer#PUBLISHED})
 * @param annotation tokens, tags, names, parses, coreference and times; its article is {@code
 *     article}
 * @param actors the actor mentions ({@link Layer#ACTORS})
 * @param events the article-level events ({@link Layer#EVENTS})
 * @param quotes the quotes and reported statements ({@link Layer#QUOTES})
 * @param scareQuotes the outlet's scare-quoted terms ({@link Layer#SCARE_QUOTES})
 * @param rejected why a stage rejected the document, or null
 */
public record Document(
    RawDocument source,
    TextDecoder.Decoded text,
    Article article,
    AnnotatedArticle annotation,
    ArticleActors actors,
    List<ExtractedEvent> events,
    List<ExtractedQuote> quotes,
    List<ScareQuote> scareQuotes,
    String rejected) {
  public Document {
    Objects.requireNonNull(source, "source");
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
    scareQuotes = List.copyOf(scareQuotes);
  }

  /** A document as ingest hands it over: its source alone. */
  public static Document of(RawDocument source) {
    return new Document(source, null, null, null, null, List.of(), List.of(), List.of(), null);
  }

  public Document withText(TextDecoder.Decoded decoded) {
    return new Document(
        source, decoded, article, annotation, actors, events, quotes, scareQuotes, rejected);
  }

  public Document withArticle(Article clean) {
    return new Document(
        source, text, clean, annotation, actors, events, quotes, scareQuotes, rejected);
  }

  /** With {@code annotated}, whose article becomes the document's article. */
  public Document withAnnotation(AnnotatedArticle annotated) {
    return new Document(
        source,
        text,
        annotated.article(),
        annotated,
        actors,
        events,
        quotes,
        scareQuotes,
        rejected);
  }

  public Document withActors(ArticleActors found) {
    return new Document(
        source, text, article, annotation, found, events, quotes, scareQuotes, rejected);
  }

  public Document withEvents(List<ExtractedEvent> found) {
    return new Document(
        source, text, article, annotation, actors, found, quotes, scareQuotes, rejected);
  }

  public Document withQuotes(List<ExtractedQuote> found, List<ScareQuote> scare) {
    return new Document(source, text, article, annotation, actors, events, found, scare, rejected);
  }

  /** This document failed by bad input: the pipeline rejects it with {@code reason}. */
  public Document rejected(String reason) {
    return new Document(
        source,
        text,
        article,
        annotation,
        actors,
        events,
        quotes,
        scareQuotes,
        Objects.requireNonNull(reason, "reason"));
  }
}
