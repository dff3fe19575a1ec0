package dev.parallax.clean;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Undoes what a link left open does to a page. When an {@code <a>} misses its {@code </a>} (one
 * share button of a share bar, say), the HTML parser keeps the link open and re-opens it inside
 * every following block ("reconstruct the active formatting elements", HTML standard 13.2.4.3): the
 * story's paragraphs end up inside copies of the share link, read as link text and as share
 * furniture, and the page as debris. A link the parser opened or closed itself (no start or no end
 * tag of its own in the source) that holds block-level elements is therefore unwrapped: its content
 * stays, the link goes. Links the page closed itself stay links, card links around blocks too.
 * Telling needs the source positions of the parse, which cost the parser a good share of its time,
 * so a page is parsed with them only when its source opens more links than it closes and a link
 * holds blocks. Stateless.
 */
final class BrokenLinks {
  private BrokenLinks() {}

  /**
   * The page parsed, its parser-made links around blocks unwrapped: parsed without source
   * positions, and again with them when a link may be parser-made and holds blocks (the same tree,
   * with positions).
   */
  static Document parse(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri);
    if (tags(html, "<a") == tags(html, "</a")
        || doc.getElementsByTag("a").stream().noneMatch(BrokenLinks::holdsBlocks)) {
      return doc;
    }
    doc = Jsoup.parse(html, baseUri, Parser.htmlParser().setTrackPosition(true));
    unwrap(doc);
    return doc;
  }

  /**
   * How many tags {@code open} ({@code <a} or {@code </a}, any case) begins in the source: where
   * every link the page opens it closes, the parser leaves none open to re-open in later blocks.
   */
  static int tags(String html, String open) {
    int n = 0;
    int at = 0;
    while ((at = indexOfIgnoreCase(html, open, at)) >= 0) {
      at += open.length();
      if (at < html.length()) {
        char next = html.charAt(at);
        if (next == '>' || Character.isWhitespace(next) || next == '/') {
          n++;
        }
      }
    }
    return n;
  }

  private static int indexOfIgnoreCase(String text, String what, int from) {
    for (int i = text.indexOf('<', from); i >= 0; i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
  }

  /** Unwraps the parser-made links around blocks in {@code doc}; returns how many. */
  static int unwrap(Document doc) {
    int unwrapped = 0;
    for (Element a : doc.getElementsByTag("a")) {
      if (parserMade(a) && holdsBlocks(a)) {
        a.unwrap();
        unwrapped++;
      }
    }
    return unwrapped;
  }

  private static boolean parserMade(Element a) {
    return a.sourceRange().isImplicit()
        || !a.endSourceRange().isTracked()
        || a.endSourceRange().isImplicit();
  }

  private static boolean holdsBlocks(Element a) {
    for (Element e : a.getAllElements()) {
      if (e != a && BlockSplitter.BLOCK_TAGS.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }
}
