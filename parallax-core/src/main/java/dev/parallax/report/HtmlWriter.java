package dev.parallax.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the page's HTML. Text goes through {@link #text} and attribute values through {@link
 * #open(String, String...)}, both escaped, so nothing read from an article can become markup; only
 * the page's own constants are written {@link #raw}. Not thread-safe: one writer per page.
 */
final class HtmlWriter {
  private final StringBuilder out = new StringBuilder(1 << 16);
  private final ReportIndex index;

  HtmlWriter(ReportIndex index) {
    this.index = index;
  }

  /** Escapes text for element content and double-quoted attribute values alike. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The fragment that selects a fact: {@code #f=ARTICLE:START-END}, the article id percent-encoded
   * (the page's script decodes it) and the offsets in UTF-16 code units, as JavaScript indexes.
   */
  static String factHref(String article, int start, int end) {
    String id = URLEncoder.encode(article, StandardCharsets.UTF_8).replace("+", "%20");
    return "#f=" + id + ":" + start + "-" + end;
  }

  /** Opens {@code tag} with attributes given as name, value pairs; null values are left out. */
  HtmlWriter open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ').append(attributes[i]).append("=\"");
        out.append(escape(attributes[i + 1])).append('"');
      }
    }
    out.append('>');
    return this;
  }

  HtmlWriter close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  HtmlWriter text(String s) {
    out.append(escape(s == null ? "" : s));
    return this;
  }

  /** An element with a class and escaped text. */
  HtmlWriter element(String tag, String cls, String text) {
    return open(tag, "class", cls).text(text).close(tag);
  }

  /** Writes trusted markup: the page's own constants, never text read from input. */
  HtmlWriter raw(String markup) {
    out.append(markup);
    return this;
  }

  /** The honest empty state of a section. */
  HtmlWriter none() {
    return element("p", "none", "none found");
  }

  /** A {@code <ul>} whose items {@code item} writes, or "none found" when there are none. */
  <T> HtmlWriter list(List<T> items, Consumer<T> item) {
    if (items.isEmpty()) {
      return none();
    }
    open("ul");
    items.forEach(item);
    return close("ul");
  }

  /**
   * A link that shows {@code [start, end)} of the article's body highlighted. A span that does not
   * fit a body of this run is shown as plain text, so a bad record cannot point the reader
   * elsewhere.
   */
  HtmlWriter fact(String article, int start, int end, String label) {
    if (!index.fits(article, start, end)) {
      return element("span", "fact-missing", label);
    }
    return open("a", "class", "fact", "href", factHref(article, start, end)).text(label).close("a");
  }

  /** A link that shows an article's whole body. */
  HtmlWriter articleLink(String article, String label) {
    return fact(article, 0, 0, label);
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
