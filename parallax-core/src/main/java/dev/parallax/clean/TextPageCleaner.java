package dev.parallax.clean;

import dev.parallax.model.PartialDate;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
  private static final Pattern LINES = Pattern.compile("\\R");
  private static final Pattern CREDIT = Pattern.compile("\\s/\\s*\\p{Lu}[\\p{L}.]*$");
  private static final int CAPTION_WORDS = 15;
  private static final int DATE_LOOKBACK = 8;
  private static final int GLUED_DATE_CHARS = 40;
  private static final double TITLE_MAX_SHARE = 0.3;

  private final TextLexicon lexicon;

  TextPageCleaner() {
    this(TextLexicon.standard());
  }

  TextPageCleaner(TextLexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public CleanedPage clean(String text, String url) {
    List<TextLine> lines = lines(text);
    TextRegion.Region region = TextRegion.find(lines);
    int title = region.start() < 0 ? -1 : TextHeadline.find(lines, region.start(), url);
    int start = region.start();
    if (title >= start
        && region.contains(title)
        && proseShare(lines, start, title, region) < TITLE_MAX_SHARE) {
      start = firstProse(lines, title + 1, region.end());
    }
    PartialDate published = published(lines, title, start, url);
    Classified classified = classify(lines, region, start, title);
    String headline = title < 0 ? null : lines.get(title).text();
    return new CleanedPage(
        classified.paragraphs(), headline, published, null, null, classified.removed());
  }

  private List<TextLine> lines(String text) {
    List<TextLine> lines = new ArrayList<>();
    int block = 0;
    for (String raw : LINES.split(text, -1)) {
      if (raw.isBlank()) {
        block++;
      } else {
        lines.add(TextLine.of(lines.size(), block, raw, lexicon));
      }
    }
    return lines;
  }

  private record Classified(List<String> paragraphs, List<RemovedBlock> removed) {}

  private Classified classify(
      List<TextLine> lines, TextRegion.Region region, int start, int title) {
    List<String> paragraphs = new ArrayList<>();
    RemovedLines removed = new RemovedLines();
    TextRepeats repeats = new TextRepeats();
    String headline = title < 0 ? null : lines.get(title).normalized();
    TextLine previous = null;
    for (TextLine line : lines) {
      RemovalReason reason;
      if (headline != null && (line.index() == title || line.normalized().equals(headline))) {
        reason = RemovalReason.TITLE;
      } else if (line.index() < start || line.index() > region.end()) {
        reason = outside(line, region);
      } else {
        reason = inside(lines, line, repeats);
      }
      if (reason != null) {
        removed.add(line.text(), reason);
        previous = null;
        continue;
      }
      removed.keep();
      if (previous != null && continues(previous, line)) {
        int last = paragraphs.size() - 1;
        paragraphs.set(last, paragraphs.get(last) + " " + line.text());
      } else {
        paragraphs.add(line.text());
      }
      previous = line;
    }
    return new Classified(paragraphs, removed.blocks());
  }

  private static RemovalReason outside(TextLine line, TextRegion.Region region) {
    if (line.debris() != null) {
      return line.debris();
    }
    if (region.cut() >= 0 && line.index() >= region.cut()) {
      return region.cutReason();
    }
    if (line.sectionEnd() != null) {
      return line.sectionEnd();
    }
    return line.prose() ? RemovalReason.BOILERPLATE : RemovalReason.NAVIGATION;
  }

  private static RemovalReason inside(List<TextLine> lines, TextLine line, TextRepeats repeats) {
    if (line.debris() != null) {
      return line.debris();
    }
    if (caption(lines, line)) {
      return RemovalReason.CAPTION;
    }
    return repeats.repeat(line) ? RemovalReason.DUPLICATE : null;
  }

  /** A short label repeated on the next or previous line, or ending in "/ Agency": a caption. */
  private static boolean caption(List<TextLine> lines, TextLine line) {
    if (line.prose() || line.words() > CAPTION_WORDS) {
      return false;
    }
    int i = line.index();
    boolean twice =
        (i > 0 && lines.get(i - 1).text().equals(line.text()))
            || (i + 1 < lines.size() && lines.get(i + 1).text().equals(line.text()));
    return twice || CREDIT.matcher(line.text()).find();
  }

  /** A line broken inside a sentence: the next line goes on in lower case. */
  private static boolean continues(TextLine previous, TextLine line) {
    return previous.block() == line.block()
        && !previous.sentenceEnd()
        && previous.index() + 1 == line.index()
        && Character.isLowerCase(line.text().charAt(0));
  }

  private static PartialDate published(List<TextLine> lines, int title, int start, String url) {
    if (start >= 0) {
      int from = Math.max(0, title >= 0 ? title - 2 : start - DATE_LOOKBACK);
      for (int i = from; i < start; i++) {
        PartialDate d = TextDates.first(lines.get(i).text());
        if (d != null) {
          return d;
        }
      }
      String first = lines.get(start).text();
      PartialDate glued =
          TextDates.first(first.substring(0, Math.min(first.length(), GLUED_DATE_CHARS)));
      if (glued != null) {
        return glued;
      }
    }
    return TextDates.inUrl(url);
  }

  private static int firstProse(List<TextLine> lines, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (lines.get(i).prose()) {
        return i;
      }
    }
    return from;
  }

  private static double proseShare(
      List<TextLine> lines, int from, int to, TextRegion.Region region) {
    double before = 0;
    double all = 0;
    for (int i = region.start(); i <= region.end(); i++) {
      double w = lines.get(i).prose() ? lines.get(i).words() : 0;
      all += w;
      before += i >= from && i < to ? w : 0;
    }
    return all == 0 ? 0 : before / all;
  }
}
