package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One non-blank line of a text dump with the features the cleaner classifies it by.
 *
 * @param index position among the dump's non-blank lines
 * @param block index of the blank-line-separated block holding the line
 * @param text the line, stripped, with inner white space folded to single spaces
 * @param normalized lower case, letters and digits only (see {@link TextLexicon#normalize})
 * @param words number of words
 * @param sentences number of sentence ends (., !, ? or … after a word, before a space or the end)
 * @param sentenceEnd whether the line ends like a sentence
 * @param titleShare share of capitalised words among the words of four letters or more
 * @param glued words run together where a page's menu items or labels met ("OpenNew")
 * @param debris why the lexicon takes the line for page furniture, or null
 * @param sectionEnd why the lexicon takes the line for the heading of a trailing section, or null
 * @param stamp whether the line is a bare time stamp ("4 years ago", "May 2, 2021 at 8:28 am")
 */
record TextLine(
    int index,
    int block,
    String text,
    String normalized,
    int words,
    int sentences,
    boolean sentenceEnd,
    double titleShare,
    int glued,
    RemovalReason debris,
    RemovalReason sectionEnd,
    boolean stamp) {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
  private static final Pattern CREDIT = Pattern.compile("\\s/\\s*\\p{Lu}[\\p{L}.]*$");
  private static final int CAPTION_WORDS = 15;
  private static final int CREDIT_WORDS = 6;
  private static final String CLOSERS = "\"'”’»)]";
  private static final String SENTENCE_MARKS = ".!?…";
  private static final Pattern SENTENCE_END =
      Pattern.compile("[\\p{L}\\p{N}%)][.!?…]+[\"'”’»)\\]]*(?=\\s|$)");
  private static final Pattern GLUE = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}");
  private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");
  private static final int PROSE_WORDS = 8;
  private static final int TELLTALE_WORDS = 15;
  private static final int LONG_WORDS = 20;
  private static final double MAX_PROSE_TITLE_SHARE = 0.7;

  static TextLine of(int index, int block, String raw, TextLexicon lexicon) {
    String text = SPACES.matcher(raw).replaceAll(" ").strip();
    String normalized = TextLexicon.normalize(text);
    int words = normalized.isEmpty() ? 0 : normalized.split(" ").length;
    int sentences = count(SENTENCE_END.matcher(text));
    boolean end = endsSentence(text);
    RemovalReason debris = lexicon.furniture(normalized);
    if (debris == null) {
      debris = lexicon.telltale(normalized, words, TELLTALE_WORDS);
    }
    return new TextLine(
        index,
        block,
        text,
        normalized,
        words,
        sentences,
        end,
        titleShare(text),
        count(GLUE.matcher(text)),
        debris,
        lexicon.sectionEnd(normalized),
        lexicon.stamp(normalized));
  }

  /** Whether the line reads as running text rather than a label, heading or link. */
  boolean prose() {
    return glued < 2
        && ((words >= PROSE_WORDS && (sentenceEnd || sentences >= 1) && titleShare < 0.7)
            || (words >= LONG_WORDS && titleShare < MAX_PROSE_TITLE_SHARE - 0.2));
  }

  /**
   * A short label repeated on the next or previous line of its block, or ending in "/ Agency": a
   * caption.
   */
  static boolean caption(List<TextLine> lines, TextLine line) {
    if (line.prose() || line.words() > CAPTION_WORDS) {
      return false;
    }
    int i = line.index();
    boolean twice = false;
    for (int k = Math.max(0, i - 1); k <= Math.min(lines.size() - 1, i + 1); k++) {
      TextLine other = lines.get(k);
      twice |= k != i && other.block() == line.block() && other.text().equals(line.text());
    }
    return twice || CREDIT.matcher(line.text()).find();
  }

  /**
   * The last piece of the line after a sentence end or a bar ("... with bike mount. Photo: Acme",
   * "... in 2024.Jane Roe / Agency", "... | Photo by Jane Roe"), or null when there is none or it
   * is longer than a credit.
   */
  static String creditTail(String text) {
    int last = text.length();
    while (last > 0 && ".!?… ".indexOf(text.charAt(last - 1)) >= 0) {
      last--;
    }
    int cut = -1;
    for (int i = last - 1; i >= 0 && cut < 0; i--) {
      cut = ".!?|".indexOf(text.charAt(i)) >= 0 ? i : -1;
    }
    if (cut < 0) {
      return null;
    }
    String tail = text.substring(cut + 1, last).strip();
    String normalized = TextLexicon.normalize(tail);
    int words = normalized.isEmpty() ? 0 : normalized.split(" ").length;
    return words == 0 || words > CREDIT_WORDS ? null : tail;
  }

  /** Whether the last character before closing quotes and brackets ends a sentence. */
  private static boolean endsSentence(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (CLOSERS.indexOf(c) < 0 && !Character.isWhitespace(c)) {
        return SENTENCE_MARKS.indexOf(c) >= 0;
      }
    }
    return false;
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static double titleShare(String text) {
    Matcher m = LONG_WORD.matcher(text);
    int all = 0;
    int upper = 0;
    while (m.find()) {
      all++;
      if (Character.isUpperCase(m.group().charAt(0))) {
        upper++;
      }
    }
    return all == 0 ? 0 : (double) upper / all;
  }
}
