package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cleans an HTML page: drops page furniture (navigation, header, footer, asides, forms, scripts)
 * and keeps the text of paragraphs and headings. (Issue #3 replaces this with main-content
 * scoring.)
 */
final class HtmlPageCleaner implements PageCleaner {
  private static final String FURNITURE =
      "nav, header, footer, aside, form, script, style, noscript";

  @Override
  public CleanedPage clean(String html, String url) {
    Document doc = Jsoup.parse(html, url == null ? "" : url);
    List<RemovedBlock> removed = new ArrayList<>();
    for (Element e : doc.select(FURNITURE)) {
      String text = e.text().strip();
      if (!text.isEmpty() && !e.tagName().equals("script") && !e.tagName().equals("style")) {
        removed.add(new RemovedBlock(text, RemovalReason.NAVIGATION));
      }
      e.remove();
    }
    List<String> paragraphs = new ArrayList<>();
    for (Element e :
        doc.body() == null
            ? List.<Element>of()
            : doc.body().select("p, h2, h3, h4, li, blockquote")) {
      String text = e.text().strip();
      if (!text.isEmpty() && e.parents().stream().noneMatch(p -> p.is("p, li, blockquote"))) {
        paragraphs.add(text);
      }
    }
    String title =
        doc.selectFirst("h1") != null ? doc.selectFirst("h1").text().strip() : doc.title().strip();
    return new CleanedPage(paragraphs, title.isEmpty() ? null : title, null, null, null, removed);
  }
}
