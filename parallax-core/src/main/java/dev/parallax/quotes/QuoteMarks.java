package dev.parallax.quotes;

import dev.parallax.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the spans between quotation marks in a body, paragraph by paragraph.
 *
 * <p>Real typography is inconsistent: straight and curly marks, guillemets, low-high German marks,
 * the same curly mark used to open and close, and marks left unbalanced. A mark opens when it
 * stands before a word and closes when it stands after one, so the shape of a mark matters less
 * than its place. A quote never crosses a paragraph break unless the next paragraph reopens it (the
 * convention for quotes running over several paragraphs), and a quote left open is cut at the end
 * of its paragraph, or at {@link #MAX_OPEN} characters: no runaway quote swallows the article.
 *
 * <p>Single marks are read only where they cannot be apostrophes; nested single quotes inside a
 * double quote are reported as inner spans (scare quotes inside a statement).
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteMarks {
  /** Longest stretch an unclosed quote may claim. */
  static final int MAX_OPEN = 1500;

  /**
   * The tokens a tokenizer makes of quotation marks (the typewriter pair as {@code ``} and {@code
   * ''} too), single closing marks left out as they double as apostrophes.
   */
  static final Set<String> TOKENS =
      Set.of("\"", "“", "”", "„", "«", "»", "‘", "‹", "›", "``", "''");

  private static final String DOUBLE_OPEN = "\"“„«‟";
  private static final String DOUBLE_CLOSE = "\"”“»‟″";
  private static final String SINGLE_OPEN = "'‘‚‹";
  private static final String SINGLE_CLOSE = "'’‘›";

  private QuoteMarks() {}

  /**
   * A span between marks.
   *
   * @param outer from the opening mark to just past the closing mark (or the cut)
   * @param inner the content, marks excluded
   * @param closed whether a closing mark ended it
   * @param nested whether it sits inside another quote
   * @param paragraphs how many paragraphs it runs over
   */
  record Marked(Span outer, Span inner, boolean closed, boolean nested, int paragraphs) {}

  /** Every quoted span of {@code body}, outer quotes first in body order, then nested ones. */
  static List<Marked> scan(String text) {
    String body = typewriterDoubles(text);
    List<Marked> top = new ArrayList<>();
    List<Span> paragraphs = paragraphs(body);
    int i = 0;
    while (i < paragraphs.size()) {
      i = scanParagraph(body, paragraphs, i, top);
    }
    List<Marked> all = new ArrayList<>(top);
    for (Marked m : top) {
      if (isDouble(body.charAt(m.outer().start()))) {
        for (Span s : singles(body, m.inner())) {
          all.add(new Marked(s, inner(s), true, true, 1));
        }
      }
    }
    return all;
  }

  /** Scans paragraph {@code p} (and the ones a continued quote runs into); returns the next one. */
  private static int scanParagraph(String body, List<Span> paragraphs, int p, List<Marked> out) {
    Span para = paragraphs.get(p);
    int pos = para.start();
    while (pos < para.end()) {
      int open = nextOpening(body, pos, para.end());
      if (open < 0) {
        break;
      }
      char mark = body.charAt(open);
      int close = findClose(body, open, mark, para.end());
      if (close >= 0) {
        out.add(marked(open, close + 1, true, 1));
        pos = close + 1;
        continue;
      }
      // Unclosed: continue into following paragraphs that reopen with a mark.
      int q = p;
      while (q + 1 < paragraphs.size() && opensWithMark(body, paragraphs.get(q + 1))) {
        Span next = paragraphs.get(q + 1);
        q++;
        int c = findClose(body, next.start(), body.charAt(next.start()), next.end());
        if (c >= 0) {
          if (c + 1 - open <= MAX_OPEN * (q - p + 1)) {
            out.add(marked(open, c + 1, true, q - p + 1));
            return q + 1;
          }
          break;
        }
      }
      int reopened = nextOpening(body, open + 1, para.end());
      int cut =
          Math.min(reopened < 0 ? para.end() : trimEnd(body, open, reopened), open + MAX_OPEN);
      out.add(marked(open, cut, false, 1));
      pos = cut;
    }
    return p + 1;
  }

  private static Marked marked(int start, int end, boolean closed, int paragraphs) {
    Span outer = new Span(start, end);
    return new Marked(
        outer, closed ? inner(outer) : new Span(start + 1, end), closed, false, paragraphs);
  }

  private static Span inner(Span outer) {
    return new Span(Math.min(outer.start() + 1, outer.end() - 1), outer.end() - 1);
  }

  private static int nextOpening(String body, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = body.charAt(i);
      if ((DOUBLE_OPEN.indexOf(c) >= 0 || c == '”' && startsLine(body, i)) && opensHere(body, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether only spaces stand between a line break (or the body start) and {@code i}: a right mark
   * there ("”Fear. I am ...") can only open, since nothing before it could be quoted.
   */
  private static boolean startsLine(String body, int i) {
    int before = i - 1;
    while (before >= 0 && Character.isSpaceChar(body.charAt(before))) {
      before--;
    }
    return before < 0 || body.charAt(before) == '\n';
  }

  /**
   * The index of the mark closing a quote opened at {@code open}, or -1 within the paragraph. A
   * right mark (” ») always closes, whatever the spacing around it ("Serbs, ”the analyst"); an
   * ambiguous mark closes unless a word follows it with a space before it, which opens a new quote.
   */
  private static int findClose(String body, int open, char mark, int end) {
    for (int i = open + 1; i < end; i++) {
      char c = body.charAt(i);
      boolean candidate = mark == '«' ? c == '»' : DOUBLE_CLOSE.indexOf(c) >= 0;
      if (!candidate) {
        continue;
      }
      boolean wordAfter = i + 1 < end && Character.isLetterOrDigit(body.charAt(i + 1));
      if (c == '”' || c == '»' || closesHere(body, i) || !wordAfter || endsClause(body, i)) {
        return i;
      }
      // A mark that clearly opens a new quote: the previous one was left open.
      return -1;
    }
    return -1;
  }

  /**
   * A mark set loose after a clause's comma or stop and stuck to a lower-case word ("different,
   * “the analyst said"): inside an open quote it closes it, since no quotation opens that way.
   */
  private static boolean endsClause(String body, int i) {
    int before = i - 1;
    while (before >= 0 && body.charAt(before) == ' ') {
      before--;
    }
    return before >= 0
        && ",.!?…".indexOf(body.charAt(before)) >= 0
        && i + 1 < body.length()
        && Character.isLowerCase(body.charAt(i + 1));
  }

  /** A mark opens when a word follows it and no word sticks to its left. */
  private static boolean opensHere(String body, int i) {
    boolean before = i == 0 || !Character.isLetterOrDigit(body.charAt(i - 1));
    boolean after = i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1));
    return before && after;
  }

  private static boolean closesHere(String body, int i) {
    boolean before = i > 0 && !Character.isWhitespace(body.charAt(i - 1));
    boolean after = i + 1 >= body.length() || !Character.isLetterOrDigit(body.charAt(i + 1));
    return before && after;
  }

  private static boolean opensWithMark(String body, Span para) {
    return para.length() > 1 && DOUBLE_OPEN.indexOf(body.charAt(para.start())) >= 0;
  }

  private static boolean isDouble(char c) {
    return DOUBLE_OPEN.indexOf(c) >= 0 || DOUBLE_CLOSE.indexOf(c) >= 0;
  }

  /** Single-quoted spans inside {@code range}: an opener before a word, a closer after one. */
  private static List<Span> singles(String body, Span range) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = range.start(); i < range.end(); i++) {
      char c = body.charAt(i);
      if (open < 0 && SINGLE_OPEN.indexOf(c) >= 0 && opensHere(body, i)) {
        open = i;
      } else if (open >= 0 && SINGLE_CLOSE.indexOf(c) >= 0 && closesHere(body, i)) {
        out.add(new Span(open, i + 1));
        open = -1;
      }
    }
    return out;
  }

  /**
   * {@code text} with each pair of apostrophes or backticks used as a double quotation mark (''like
   * this'', ``or this'') rewritten to a space and a straight double mark, on the side of the pair
   * that touches the quoted words: offsets stay those of {@code text}.
   */
  static String typewriterDoubles(String text) {
    if (!text.contains("''") && !text.contains("``")) {
      return text;
    }
    char[] out = text.toCharArray();
    for (int i = 0; i + 1 < out.length; i++) {
      char c = out[i];
      if ((c == '\'' || c == '`') && out[i + 1] == c) {
        boolean opens =
            i == 0 || Character.isWhitespace(out[i - 1]) || "([{—–-".indexOf(out[i - 1]) >= 0;
        out[i] = opens ? ' ' : '"';
        out[i + 1] = opens ? '"' : ' ';
        i++;
      }
    }
    return new String(out);
  }

  /** Paragraphs: runs of text between blank lines (or single line breaks), trimmed. */
  static List<Span> paragraphs(String body) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || body.charAt(i) == '\n') {
        Span trimmed = trim(body, start, i);
        if (trimmed.length() > 0) {
          out.add(trimmed);
        }
        start = i + 1;
      }
    }
    return out;
  }

  private static int trimEnd(String body, int start, int end) {
    return trim(body, start, end).end();
  }

  private static Span trim(String body, int start, int end) {
    while (start < end && Character.isWhitespace(body.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }
}
