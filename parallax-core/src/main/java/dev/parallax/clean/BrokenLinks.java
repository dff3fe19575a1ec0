package dev.parallax.clean;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Undoes what a link left open does to a page. When an {@code <a>} misses its {@code </a>} (one
 * share button of a share bar, say), the HTML parser keeps the link open and re-opens it inside
 * every following block ("reconstruct the active formatting elements", HTML standard 13.2.4.3): the
 * story's paragraphs end up inside copies of the share link, read as link text and as share
 * furniture, and the page as debris. A link the parser opened or closed itself (no start or no end
 * tag of its own in the source) that holds block-level elements is therefore unwrapped: its content
 * stays, the link goes. Links the page closed itself stay links, card links around blocks too.
 * Needs a document parsed with position tracking. Stateless.
 */
final class BrokenLinks {
  private BrokenLinks() {}

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
