package dev.parallax.clean;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.DateSource;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.SourceMetadata;
import dev.parallax.resources.Rules;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clean stage: decodes the bytes, rejects what is not text, runs the page cleaner for the
 * document's media type, and merges what the page says with the input's metadata (metadata first:
 * it is the user's word). Thread-safe.
 */
public final class ArticleCleaner implements Cleaner {
  private final PageCleaner html;
  private final PageCleaner text;
  private final LanguageGuess language;

  /** The cleaner reading the bundled rules. */
  public ArticleCleaner() {
    this(Rules.bundled());
  }

  /** The cleaner reading {@code rules}. */
  public ArticleCleaner(Rules rules) {
    this(new HtmlPageCleaner(rules), new TextPageCleaner(rules), LanguageGuess.of(rules));
  }

  ArticleCleaner(PageCleaner html, PageCleaner text, LanguageGuess language) {
    this.html = html;
    this.text = text;
    this.language = language;
  }

  /**
   * The decode stage: the document's text, or why it holds none (empty, binary). Decoding picks the
   * charset as {@link TextDecoder} says; stray control characters are removed, with a note.
   */
  public static Decoding decode(RawDocument doc) {
    if (doc.content().length == 0) {
      return new Decoding(null, "empty input");
    }
    TextDecoder.Decoded decoded =
        TextDecoder.decode(doc.content(), doc.declaredCharset(), doc.type() == MediaType.HTML);
    String binary = BinaryCheck.reason(decoded.text());
    return binary != null
        ? new Decoding(null, binary)
        : new Decoding(decoded.withoutControlCharacters(), null);
  }

  /**
   * What the decode stage made of a document: its text, or the reason it has none.
   *
   * @param text the decoded text, or null when rejected
   * @param rejected why the document holds no text, or null
   */
  public record Decoding(TextDecoder.Decoded text, String rejected) {
    public Decoding {
      if ((text == null) == (rejected == null)) {
        throw new IllegalArgumentException("a decoding has either text or a reason");
      }
    }
  }

  @Override
  public ArticleRecord clean(RawDocument doc) {
    Decoding decoding = decode(doc);
    return decoding.text() == null
        ? Rejection.of(doc.source(), decoding.rejected(), "decode")
        : clean(doc, decoding.text());
  }

  /**
   * The clean stage on text the decode stage gave: the article, or a rejection when the page holds
   * no article text.
   */
  public ArticleRecord clean(RawDocument doc, TextDecoder.Decoded decoded) {
    SourceMetadata meta = doc.metadata();
    CleanedPage page =
        (doc.type() == MediaType.HTML ? html : text).clean(decoded.text(), meta.url());
    SizeBounds.Cut bounded = SizeBounds.cut(page.body());
    String body = bounded.body();
    if (body.isBlank()) {
      return Rejection.of(
          doc.source(),
          "no article text found ("
              + page.removed().size()
              + " blocks removed as debris"
              + (bounded.removed().isEmpty()
                  ? ""
                  : ", " + bounded.removed().size() + " cut as oversized")
              + ")",
          "clean");
    }
    PartialDate published = meta.published() != null ? meta.published() : page.published();
    DateSource from =
        meta.published() != null
            ? DateSource.METADATA
            : page.published() != null ? DateSource.PAGE : null;
    return new Article(
        doc.id(),
        doc.source(),
        firstNonNull(meta.outlet(), page.outlet(), hostOf(meta.url())),
        firstNonNull(meta.title(), page.title()),
        published,
        from,
        firstNonNull(meta.language(), language.guess(body)),
        body,
        removed(decoded.removed(), page.removed(), bounded.removed()));
  }

  /** What decoding removed, then what the page cleaner removed, then what was cut as oversized. */
  @SafeVarargs
  private static List<RemovedBlock> removed(List<RemovedBlock>... parts) {
    List<RemovedBlock> all = new ArrayList<>();
    for (List<RemovedBlock> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
