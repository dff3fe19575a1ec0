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

  /**
   * Number of words of a text: runs of letters or digits, where Chinese and Japanese script, which
   * sets no spaces between words, counts one word per {@link #CJK_CHARS_PER_WORD} characters.
   */
  static int words(String text) {
    int words = 0;
    int cjk = 0;
    boolean in = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (cjk(c)) {
        cjk++;
        in = false;
        continue;
      }
      boolean w = Character.isLetterOrDigit(c);
      if (w && !in) {
        words++;
      }
      in = w;
    }
    return words + (cjk + CJK_CHARS_PER_WORD - 1) / CJK_CHARS_PER_WORD;
  }

  /** Characters of Chinese or Japanese text that make about one word. */
  static final int CJK_CHARS_PER_WORD = 2;

  /** Whether {@code c} is a Han ideograph or a kana: a character of text set without spaces. */
  static boolean cjk(char c) {
    if (c < '\u2E80') {
      return false; // below the CJK radicals: every alphabet, checked without a table look-up
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }
}
