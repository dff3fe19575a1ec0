package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import java.util.List;

/**
 * Finds the article in a text dump: the contiguous run of lines with the most prose net of page
 * furniture (a maximum-sum segment over per-line weights), cut short at the heading of a trailing
 * section (comments, related links, promotions) once most of the prose lies before it, or at a
 * comment thread after the story however much it holds.
 */
final class TextRegion {
  /** Weight of a furniture line: a few of them outweigh a short paragraph. */
  private static final double DEBRIS = -12;

  private static final double SHORT_LABEL = -2;
  private static final double LABEL = -1;
  private static final int BLURB_WORDS = 4;
  private static final int RUN = 5;
  private static final double CUT_SHARE = 0.5;
  private static final int PROMO_LOOKAHEAD = 3;

  /** A comment's name line: a few words, not prose ("Marta K.", "oldsailor says:"). */
  private static final int NAME_WORDS = 6;

  /** Comment heads (name over time stamp) that make a thread, and the most lines between two. */
  private static final int THREAD_HEADS = 3;

  private static final int THREAD_GAP = 15;

  /** Headings over a thread ("59 Comments on ...", "Older comments") cut with it. */
  private static final int THREAD_HEADING_LINES = 3;

  /** Teasers: items in a run, labels over each summary, words of a label and of a summary. */
  private static final int TEASERS = 3;

  private static final int TEASERS_MARKED = 2;

  private static final int TEASER_LABELS = 3;
  private static final int TEASER_LABEL_WORDS = 16;
  private static final int TEASER_WORDS = 40;

  /** A box set into a story: its most lines, and the paragraphs in a row that resume the story. */
  private static final int INSERT_LINES = 10;

  private static final int RESUME_PARAGRAPHS = 3;
  private static final int RESUME_WORDS = 120;

  /** A data table: its least figures, their least share of its lines, a figure's most words. */
  private static final int TABLE_CELLS = 6;

  private static final double TABLE_SHARE = 0.3;
  private static final int CELL_WORDS = 6;

  /** A comment form: the most lines between two of its fields. */
  private static final int FORM_LINES = 3;

  /** Story prose (words) a thread must follow: comments come after an article. */
  private static final int THREAD_MIN_STORY = 60;

  /**
   * Lines {@code start..end} (inclusive) hold the article; {@code cut} is the section heading that
   * ended it early ({@code -1} if none), with {@code cutReason}. An empty region has start -1.
   */
  record Region(int start, int end, int cut, RemovalReason cutReason) {
    static final Region EMPTY = new Region(-1, -2, -1, null);

    boolean contains(int i) {
      return i >= start && i <= end;
    }
  }

  private TextRegion() {}

  static Region find(List<TextLine> lines) {
    double[] w = weights(lines);
    int bestStart = -1;
    int bestEnd = -2;
    double best = 0;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < w.length; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += w[i];
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    return bestStart < 0 ? Region.EMPTY : cut(lines, bestStart, bestEnd);
  }

  /** Ends the region at the first trailing-section heading with most of the prose before it. */
  private static Region cut(List<TextLine> lines, int start, int end) {
    int total = prose(lines, start, end + 1);
    int thread = thread(lines, start, end);
    int teasers = teasers(lines, start, end);
    for (int m = start + 1; m <= end; m++) {
      if (m == thread) {
        return new Region(start, m - 1, m, RemovalReason.COMMENTS);
      }
      if (m == teasers) {
        return new Region(start, m - 1, m, RemovalReason.RELATED_LINKS);
      }
      if (form(lines, m) && prose(lines, start, m) >= THREAD_MIN_STORY) {
        return new Region(start, m - 1, m, RemovalReason.COMMENTS);
      }
      RemovalReason reason = sectionStart(lines, m);
      if (reason != null
          && prose(lines, start, m) >= CUT_SHARE * total
          && !(insert(reason) && resumes(lines, m, end))) {
        return new Region(start, m - 1, m, reason);
      }
    }
    return new Region(start, end, -1, null);
  }

  /**
   * The first line of a comment thread in lines {@code start..end} after at least {@value
   * #THREAD_MIN_STORY} words of story, or -1. A thread is {@value #THREAD_HEADS} or more comment
   * heads (a short name line over a bare time stamp) at most {@value #THREAD_GAP} lines apart; its
   * first line is the first head, or a short heading line or two right above it ("12 Comments").
   * Unlike a section heading it ends the story even when the comments hold most of the prose.
   */
  static int thread(List<TextLine> lines, int start, int end) {
    int first = -1;
    int last = -1;
    int heads = 0;
    for (int i = start + 1; i < end; i++) {
      if (!lines.get(i + 1).stamp() || !name(lines.get(i))) {
        continue;
      }
      if (last < 0 || i - last > THREAD_GAP) {
        first = i;
        heads = 0;
      }
      last = i;
      if (++heads >= THREAD_HEADS) {
        break;
      }
    }
    if (heads < THREAD_HEADS) {
      return -1;
    }
    int cut = first;
    while (cut > start
        && first - cut < THREAD_HEADING_LINES
        && !lines.get(cut - 1).prose()
        && !lines.get(cut - 1).stamp()) {
      cut--;
    }
    return prose(lines, start, cut) >= THREAD_MIN_STORY ? cut : -1;
  }

  /**
   * The first line of a run of teasers that ends the region, or -1: {@value #TEASERS} or more items
   * in a row, each one to {@value #TEASER_LABELS} short lines (a headline, a section, a date) over
   * a single short paragraph (its summary), {@value #TEASERS_MARKED} or more of them dated (a time
   * stamp beside another label) or cut short (a summary ending "..."), after at least {@value
   * #THREAD_MIN_STORY} words of story. Sections of a story have headings over short paragraphs too,
   * but neither dates nor truncated text.
   */
  static int teasers(List<TextLine> lines, int start, int end) {
    int last = end;
    while (last > start && !lines.get(last).prose()) {
      last--; // trailing labels ("Read more", "See all")
    }
    int items = 0;
    int marked = 0;
    int first = -1;
    int i = last;
    while (i > start) {
      TextLine summary = lines.get(i);
      if (!summary.prose() || summary.words() > TEASER_WORDS) {
        break;
      }
      int labels = 0;
      while (labels < TEASER_LABELS && i - labels - 1 > start && label(lines.get(i - labels - 1))) {
        labels++;
      }
      if (labels == 0) {
        break;
      }
      items++;
      boolean stamped = summary.text().endsWith("...") || summary.text().endsWith("…");
      for (int k = i - labels; k < i && labels > 1; k++) {
        stamped |= lines.get(k).stamp(); // a date beside a headline, not a timeline's date alone
      }
      marked += stamped ? 1 : 0;
      first = i - labels;
      i = first - 1;
    }
    if (items < TEASERS || marked < TEASERS_MARKED) {
      return -1;
    }
    return prose(lines, start, first) >= THREAD_MIN_STORY ? first : -1;
  }

  /**
   * Whether the story goes on after the box that line {@code m} opens: starting within {@value
   * #INSERT_LINES} lines of it, {@value #RESUME_PARAGRAPHS} or more paragraphs in a row holding
   * {@value #RESUME_WORDS} words or more. A box of related links or an appeal set into a story is
   * short and the story resumes under it; a trailing section holds labels, or teasers that
   * alternate a headline with a one-line summary.
   */
  static boolean resumes(List<TextLine> lines, int m, int end) {
    int run = 0;
    int words = 0;
    for (int k = m + 1; k <= end; k++) {
      TextLine line = lines.get(k);
      boolean paragraph = line.prose() && line.debris() == null;
      if (run == 0 && k - m > INSERT_LINES) {
        return false; // no run of paragraphs starts under the box
      }
      if (!paragraph) {
        run = 0; // a line of the box itself, the short blurb of an appeal among them
        words = 0;
        continue;
      }
      run++;
      words += line.words();
      if (run >= RESUME_PARAGRAPHS && words >= RESUME_WORDS) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether line {@code m} opens a comment form: it and another line at most {@value #FORM_LINES}
   * lines below are its fields ("Name*", "Website"). Like a thread, a form comes after the story,
   * however much prose a dialog after it holds.
   */
  static boolean form(List<TextLine> lines, int m) {
    if (lines.get(m).debris() != RemovalReason.COMMENTS || lines.get(m).prose()) {
      return false;
    }
    for (int k = m + 1; k < Math.min(lines.size(), m + 1 + FORM_LINES); k++) {
      if (lines.get(k).debris() == RemovalReason.COMMENTS && !lines.get(k).prose()) {
        return true;
      }
    }
    return false;
  }

  /** Sections that may be set into a story: related links and appeals (not comments, bios). */
  private static boolean insert(RemovalReason reason) {
    return reason == RemovalReason.RELATED_LINKS || reason == RemovalReason.PROMOTION;
  }

  private static boolean label(TextLine line) {
    return !line.prose() && line.words() > 0 && line.words() <= TEASER_LABEL_WORDS;
  }

  private static boolean name(TextLine line) {
    return !line.prose() && !line.stamp() && line.words() > 0 && line.words() <= NAME_WORDS;
  }

  /** Why line {@code m} opens a trailing section, or null. */
  private static RemovalReason sectionStart(List<TextLine> lines, int m) {
    TextLine line = lines.get(m);
    if (line.sectionEnd() != null) {
      return line.sectionEnd();
    }
    if (line.debris() == RemovalReason.COMMENTS) {
      return RemovalReason.COMMENTS; // comment forms come after the story, never inside it
    }
    // A lone promotion inside the story is an insert; one followed by more furniture is a footer.
    if (line.debris() == RemovalReason.PROMOTION) {
      for (int k = m + 1; k < Math.min(lines.size(), m + 1 + PROMO_LOOKAHEAD); k++) {
        if (lines.get(k).debris() != null) {
          return RemovalReason.PROMOTION;
        }
      }
    }
    return null;
  }

  private static int prose(List<TextLine> lines, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      words += lines.get(i).prose() && lines.get(i).debris() == null ? lines.get(i).words() : 0;
    }
    return words;
  }

  static double[] weights(List<TextLine> lines) {
    double[] w = new double[lines.size()];
    int run = 0;
    for (int i = 0; i < w.length; i++) {
      TextLine line = lines.get(i);
      w[i] = weight(line);
      run = line.prose() ? 0 : run + 1;
      if (run >= RUN && w[i] < 0) {
        w[i] *= 2; // a run of short lines is a menu or a link list
      }
    }
    tables(lines, w);
    return w;
  }

  /**
   * Sets the weight of the labels of a data table to zero: a run of short lines, {@value
   * #TABLE_CELLS} or more of them figures ("4.58", "$175,000", "80g", "+13.1%") making up at least
   * {@value #TABLE_SHARE} of the run. A menu or a link list holds few figures; a table read line by
   * line is cells, and a story goes on across it.
   */
  private static void tables(List<TextLine> lines, double[] w) {
    int from = 0;
    while (from < w.length) {
      int to = from;
      int cells = 0;
      while (to < w.length && !lines.get(to).prose()) {
        cells += cell(lines.get(to)) ? 1 : 0;
        to++;
      }
      if (cells >= TABLE_CELLS && cells >= TABLE_SHARE * (to - from)) {
        for (int k = from; k < to; k++) {
          w[k] = lines.get(k).debris() == null ? 0 : w[k];
        }
      }
      from = to + 1;
    }
  }

  /** A figure: a short line with a digit, neither furniture nor a time stamp. */
  private static boolean cell(TextLine line) {
    return line.words() > 0
        && line.words() <= CELL_WORDS
        && line.debris() == null
        && !line.stamp()
        && line.text().chars().anyMatch(Character::isDigit);
  }

  private static double weight(TextLine line) {
    if (line.debris() != null) {
      return line.prose() ? -line.words() : DEBRIS;
    }
    if (line.prose()) {
      // Menus and teasers carry one-line blurbs; a story's paragraphs are longer.
      return line.words() - BLURB_WORDS;
    }
    if (line.words() <= 3 || line.glued() > 0) {
      return SHORT_LABEL;
    }
    if (line.words() <= 7 || line.titleShare() > 0.6) {
      return LABEL;
    }
    return 0;
  }
}
