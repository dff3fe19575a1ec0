package dev.parallax.clean;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * One paragraph-like run of text of an HTML page: the text between two block boundaries.
 *
 * @param text the text as it stands on the page, white space folded
 * @param owner the innermost block element holding the text
 * @param kind what sort of block the owner is
 * @param marks the furniture marks on the owner and its ancestors, innermost first
 * @param chars non-space characters of the text
 * @param linkChars non-space characters inside links
 */
record Block(
    String text,
    Element owner,
    Kind kind,
    List<BoilerplateLexicon.Mark> marks,
    int chars,
    int linkChars) {

  /** The sort of block, from its owner element. */
  enum Kind {
    PARAGRAPH,
    HEADING,
    ITEM,
    ROW,
    CAPTION,
    QUOTE,
    CODE
  }

  /** Share of the text that is link text. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** Number of words (runs of letters or digits). */
  int words() {
    return words(text);
  }

  /** Number of words (runs of letters or digits) of a text. */
  static int words(String text) {
    int words = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      boolean w = Character.isLetterOrDigit(text.charAt(i));
      if (w && !in) {
        words++;
      }
      in = w;
    }
    return words;
  }
}
