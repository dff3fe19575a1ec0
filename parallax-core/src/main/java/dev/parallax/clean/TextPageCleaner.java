package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * Cleans a whole-page text dump (a news page saved as text, with its menus, link lists, appeals,
 * captions and footers) down to the article. Each non-blank line is classified by its features
 * ({@link TextLine}) and the debris vocabulary ({@link TextLexicon}); the article is the densest
 * contiguous run of prose ({@link TextRegion}); inside it furniture lines, captions and repeated
 * paragraphs are dropped. The headline ({@link TextHeadline}) and the dateline date ({@link
 * TextDates}) go to the title and date, not the body. Paragraphs are verbatim lines of the input
 * (inner white space folded; a line broken inside a sentence is joined to the next). Every dropped
 * line is listed with its reason. Thread-safe; never throws for any input.
 */
final class TextPageCleaner implements PageCleaner {
  private static final int DATE_LOOKBACK = 8;
  private static final int GLUED_DATE_CHARS = 40;
  private static final int DATE_LOOKAHEAD = 3;
  private static final int HEADER_LINES = 6;
  private static final double TITLE_MAX_SHARE = 0.3;

  private final TextLexicon lexicon;
  private final BoilerplateLexicon phrases;
  private final TextDates dates;

  /** The cleaner reading the bundled rules. */
  TextPageCleaner() {
    this(Rules.bundled());
  }

  TextPageCleaner(Rules rules) {
    this.lexicon = TextLexicon.of(rules);
    this.phrases = BoilerplateLexicon.of(rules);
    this.dates = new TextDates(PageDates.of(rules));
  }

  @Override
  public CleanedPage clean(String text, String url) {
    List<TextLine> lines = TextLines.split(text, lexicon);
    TextRegion.Region region = TextRegion.find(lines);
    if (region.start() < 0) {
      List<String> note = shortNote(lines);
      if (!note.isEmpty()) {
        return new CleanedPage(note, null, dates.inUrl(url), null, null, List.of());
      }
      Classified none = classify(lines, region, new Header(-1, -1, -1));
      return new CleanedPage(List.of(), null, dates.inUrl(url), null, null, none.removed());
    }
    Header header = header(lines, region, TextHeadline.find(lines, region, url, dates));
    PartialDate published = published(lines, header, region, url);
    Classified classified = classify(lines, region, header);
    String headline = header.title() < 0 ? null : TextHeadline.text(lines.get(header.title()));
    return new CleanedPage(
        classified.paragraphs(), headline, published, null, null, classified.removed());
  }

  /**
   * The page head: the headline line, the last dateline or byline line right after it, and the
   * first line of the body. Title and end are -1 when absent.
   */
  private record Header(int title, int end, int bodyStart) {}

  private Header header(List<TextLine> lines, TextRegion.Region region, int title) {
    if (title < 0) {
      return new Header(-1, -1, region.start());
    }
    int end = -1;
    for (int k = title + 1; k < Math.min(lines.size(), title + 1 + HEADER_LINES); k++) {
      if (TextHeadline.byline(lines.get(k), dates)) {
        end = k;
      }
    }
    int start = region.start();
    int after = Math.max(title, end) + 1;
    if (after > start
        && after <= region.end()
        && proseWords(lines, start, title)
            < TITLE_MAX_SHARE * proseWords(lines, start, region.end() + 1)) {
      start = firstProse(lines, after, region.end());
    }
    return new Header(title, end, start);
  }

  private record Classified(List<String> paragraphs, List<RemovedBlock> removed) {}

  private Classified classify(List<TextLine> lines, TextRegion.Region region, Header header) {
    int title = header.title();
    int start = header.bodyStart();
    List<String> paragraphs = new ArrayList<>();
    RemovedLines removed = new RemovedLines();
    TextRepeats repeats = new TextRepeats();
    String headline = title < 0 ? null : lines.get(title).normalized();
    RemovalReason section = null; // the box or trailing section a heading opened
    for (TextLine line : lines) {
      boolean body = line.index() >= start && line.index() <= region.end();
      if (line.sectionEnd() != null) {
        section = line.sectionEnd();
      } else if (body && line.prose()) {
        section = null; // the story goes on after a box of links
      }
      RemovalReason reason;
      if (headline != null && (line.index() == title || line.normalized().equals(headline))) {
        reason = RemovalReason.TITLE;
      } else if (line.index() > title && line.index() <= header.end()) {
        reason = dates.first(line.text()) != null ? RemovalReason.DATELINE : RemovalReason.BYLINE;
      } else if (!body) {
        reason = outside(lines, line, region, section);
      } else {
        reason = inside(lines, line, repeats, section);
      }
      if (reason != null) {
        removed.add(line.text(), reason);
        continue;
      }
      removed.keep();
      paragraphs.add(line.text());
    }
    return new Classified(paragraphs, removed.blocks());
  }

  private RemovalReason outside(
      List<TextLine> lines, TextLine line, TextRegion.Region region, RemovalReason section) {
    if (line.debris() != null) {
      return line.debris();
    }
    if (caption(lines, line)) {
      return RemovalReason.CAPTION;
    }
    if (region.cut() >= 0 && line.index() >= region.cut()) {
      return region.cutReason();
    }
    if (line.sectionEnd() != null) {
      return line.sectionEnd();
    }
    if (section != null) {
      return section;
    }
    return line.prose() ? RemovalReason.BOILERPLATE : RemovalReason.NAVIGATION;
  }

  private RemovalReason inside(
      List<TextLine> lines, TextLine line, TextRepeats repeats, RemovalReason section) {
    if (line.debris() != null) {
      return line.debris();
    }
    if (section != null && !line.prose()) {
      return section; // a "Related" box inside the story, up to the next paragraph
    }
    if (caption(lines, line)) {
      return RemovalReason.CAPTION;
    }
    return repeats.repeat(line) ? RemovalReason.DUPLICATE : null;
  }

  /**
   * A caption: a short line repeated beside itself or ending "/ Agency" ({@link TextLine#caption}),
   * or a line that ends in a photo credit, worded as the HTML cleaner's captions ("Photo: ...",
   * "Getty Images") or with a caption phrase of the text lexicon ("photo by", "courtesy").
   */
  private boolean caption(List<TextLine> lines, TextLine line) {
    if (TextLine.caption(lines, line)) {
      return true;
    }
    String tail = TextLine.creditTail(line.text());
    return tail != null
        && (lexicon.captionPhrase(TextLexicon.normalize(tail))
            || phrases.phrase(tail) == RemovalReason.CAPTION);
  }

  /**
   * The dateline's date: in the page head around the headline, else just before the body, else in
   * the URL, else anywhere above the story, else in the post footer right after it. Never a date
   * inside the story, in a copyright line or in a trailing section (comments, related links).
   */
  private PartialDate published(
      List<TextLine> lines, Header header, TextRegion.Region region, String url) {
    int from =
        Math.max(0, header.title() >= 0 ? header.title() - 2 : region.start() - DATE_LOOKBACK);
    int to = Math.max(header.end() + 1, header.bodyStart() + DATE_LOOKAHEAD);
    PartialDate d = dateIn(lines, from, to);
    if (d == null) {
      d =
          dateIn(
              lines, header.bodyStart() - DATE_LOOKBACK * 4, header.bodyStart() + DATE_LOOKAHEAD);
    }
    if (d == null) {
      d = dates.inUrl(url);
    }
    if (d == null) {
      d = dateIn(lines, 0, header.bodyStart()); // the page head, above the story
    }
    // The post footer ("Posted on 5 May 2024 in News"), before any trailing section.
    int footer = region.cut() >= 0 ? region.cut() : region.end() + 1 + DATE_LOOKBACK;
    return d != null ? d : dateIn(lines, region.end() + 1, footer);
  }

  private PartialDate dateIn(List<TextLine> lines, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(to, lines.size()); i++) {
      TextLine line = lines.get(i);
      if (line.debris() == RemovalReason.LEGAL) {
        continue; // "© 2021 ..." dates the site, not the story
      }
      PartialDate d =
          line.prose()
              ? dates.glued(line.text(), GLUED_DATE_CHARS) // a story may open on a date
              : dates.first(line.text());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static int proseWords(List<TextLine> lines, int from, int to) {
    int words = 0;
    for (int i = from; i < to; i++) {
      words += lines.get(i).prose() ? lines.get(i).words() : 0;
    }
    return words;
  }

  private static int firstProse(List<TextLine> lines, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (lines.get(i).prose()) {
        return i;
      }
    }
    return from;
  }

  /**
   * A text too short to hold a prose paragraph (a note of a sentence or two) is kept whole when
   * every line reads as a sentence and none is furniture: rejecting it would lose a real input.
   */
  private static List<String> shortNote(List<TextLine> lines) {
    List<String> kept = new java.util.ArrayList<>();
    for (TextLine line : lines) {
      if (line.words() == 0) {
        continue;
      }
      if (!line.sentenceEnd() || line.debris() != null || line.words() < 3) {
        return List.of();
      }
      kept.add(line.text());
    }
    return kept;
  }
}
