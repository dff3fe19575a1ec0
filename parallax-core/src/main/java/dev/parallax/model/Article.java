package dev.parallax.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned news report: one line of {@code articles.jsonl}.
 *
 * <p>The {@link #body} is final once cleaning is done: every span of every later record indexes
 * into it. Paragraphs are separated by a blank line.
 *
 * @param id stable id derived from the input's content
 * @param source the input's path or URL as given
 * @param outlet publishing outlet, or null
 * @param title headline, or null
 * @param published publication date, or null
 * @param publishedFrom where {@code published} came from; null exactly when it is null
 * @param language ISO 639-1 code, or null when unknown
 * @param body clean article text
 * @param removed every block dropped from the page, with the reason
 * @param copyOf the id of the article this one is a copy of (the same text carried earlier under
 *     another address or outlet, found by the stories stage), or null when it is no copy
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
// articles.jsonl adds the id of the article's outlet and of the event its date was inferred from,
// corpus records: an article read back from a line leaves them out
@JsonIgnoreProperties({"outlet_id", "published_event"})
public record Article(
    String id,
    String source,
    String outlet,
    String title,
    PartialDate published,
    DateSource publishedFrom,
    String language,
    String body,
    List<RemovedBlock> removed,
    String copyOf)
    implements ArticleRecord {

  /** An article that is no copy (as the per-article stages make it). */
  public Article(
      String id,
      String source,
      String outlet,
      String title,
      PartialDate published,
      DateSource publishedFrom,
      String language,
      String body,
      List<RemovedBlock> removed) {
    this(id, source, outlet, title, published, publishedFrom, language, body, removed, null);
  }

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(body, "body");
    if ((published == null) != (publishedFrom == null)) {
      throw new IllegalArgumentException("published and published_from go together");
    }
    removed = List.copyOf(removed);
  }

  /** The text of {@code span} in this article's body. */
  public String text(Span span) {
    return span.of(body);
  }

  /** This article under the canonical name of its outlet. */
  public Article withOutlet(String name) {
    return new Article(
        id, source, name, title, published, publishedFrom, language, body, removed, copyOf);
  }

  public Article withPublished(PartialDate date, DateSource from) {
    return new Article(id, source, outlet, title, date, from, language, body, removed, copyOf);
  }

  /** This article as a copy of the article with id {@code original}, or as no copy when null. */
  public Article withCopyOf(String original) {
    return new Article(
        id, source, outlet, title, published, publishedFrom, language, body, removed, original);
  }

  /**
   * This article with another body and removed blocks (its id, which hashes the input, stays): the
   * article without its text where only its other fields are read.
   */
  public Article withText(String text, List<RemovedBlock> removedBlocks) {
    return new Article(
        id, source, outlet, title, published, publishedFrom, language, text, removedBlocks, copyOf);
  }

  /** The id of the article whose report this one is: its original if it is a copy, else its own. */
  public String report() {
    return copyOf == null ? id : copyOf;
  }
}
