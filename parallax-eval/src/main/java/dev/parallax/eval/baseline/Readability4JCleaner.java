package dev.parallax.eval.baseline;

import dev.parallax.clean.Cleaner;
import dev.parallax.clean.TextDecoder;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.util.List;
import net.dankito.readability4j.Readability4J;

/**
 * Readability4J behind the {@link Cleaner} interface, so {@code eval clean} and {@code bench clean}
 * can score and time the reference extractor exactly as they do Parallax's cleaner. Readability4J
 * reads no publication date. Thread-safe (a new parser per page).
 */
public final class Readability4JCleaner implements Cleaner {
  @Override
  public ArticleRecord clean(RawDocument doc) {
    String html = TextDecoder.decode(doc.content(), doc.declaredCharset(), true).text();
    // Readability4J resolves links against the URL and logs an error for each page without one.
    String url = doc.metadata().url() == null ? "http://localhost/" : doc.metadata().url();
    net.dankito.readability4j.Article a;
    try {
      a = new Readability4J(url, html).parse();
    } catch (RuntimeException e) {
      return Rejection.of(doc.source(), "readability4j failed: " + e, "clean");
    }
    String body = a.getTextContent() == null ? "" : a.getTextContent().strip();
    if (body.isEmpty()) {
      return Rejection.of(doc.source(), "no article text", "clean");
    }
    return new Article(
        doc.id(), doc.source(), null, a.getTitle(), null, null, null, body, List.of());
  }
}
