package dev.parallax.clean;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headline of a text dump among the lines just before the article: a title-like line
 * (short, not ending in a full stop, not furniture) scored by the words it shares with the URL's
 * path, whether the page repeats it (a {@code <title>}-like line with a " - Site" suffix, a second
 * heading), a dateline or byline next to it, whether it leads straight into the body,
 * capitalisation, and closeness to the body.
 */
final class TextHeadline {
  private static final int BEFORE = 30;
  private static final double INSIDE = 0.5;
  private static final double LEADS_BODY = 0.4;
  private static final int BYLINE_BEFORE = 2;
  private static final double INSIDE_PENALTY = 6.0;
  private static final int MAX_WORDS = 30;
  private static final double MIN_SCORE = 1.0;
  private static final int NAME_WORDS = 3;
  private static final Pattern BREADCRUMB = Pattern.compile("[»›]|^Home\\s*[/>|]|^\\p{L}+\\s/\\s");
  private static final Pattern DOMAIN =
      Pattern.compile("(?i)www\\.|\\w\\.(com|org|net|edu|gov)\\b");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[-|–—:·•]\\s+");
  private static final Pattern BYLINE =
      Pattern.compile("(?i)^(by|written by|posted by|von|par)\\b");

  private TextHeadline() {}

  /**
   * Index of the headline line, or -1 when no line is convincing enough. Looks from a few lines
   * before the article region through the region, preferring lines with little prose before them.
   */
  static int find(List<TextLine> lines, TextRegion.Region region, String url, TextDates dates) {
    Set<String> slug = slugWords(url);
    Set<String> shownTwice = shownTwice(lines);
    double[] proseBefore = proseBefore(lines, region);
    int best = -1;
    double bestScore = MIN_SCORE;
    for (int i = Math.max(0, region.start() - BEFORE); i <= region.end(); i++) {
      TextLine line = lines.get(i);
      if (!candidate(line, dates) || TextLine.caption(lines, line)) {
        continue;
      }
      double distance =
          i < region.start()
              ? 0.1 * between(lines, i, region.start(), dates)
              : INSIDE + INSIDE_PENALTY * proseBefore[i];
      double score = score(lines, i, region.start(), slug, shownTwice, dates) - distance;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return best;
  }

  /** The headline's text without a dangling separator ("Headline |"). */
  static String text(TextLine line) {
    return line.text().replaceFirst("\\s+[-|–—:·•]$", "");
  }

  /** Whether the line is a dateline or byline. */
  static boolean byline(TextLine line, TextDates dates) {
    return line.debris() == dev.parallax.model.RemovalReason.BYLINE
        || BYLINE.matcher(line.text()).find()
        || (line.words() <= TextDates.DATELINE_WORDS && dates.first(line.text()) != null);
  }

  /** Lines between the candidate and the body other than captions, datelines and furniture. */
  private static int between(List<TextLine> lines, int from, int to, TextDates dates) {
    int n = 0;
    for (int k = from + 1; k < to; k++) {
      TextLine line = lines.get(k);
      n += line.debris() != null || byline(line, dates) || TextLine.caption(lines, line) ? 0 : 1;
    }
    return n;
  }

  /** Share of the region's prose that comes before each line. */
  private static double[] proseBefore(List<TextLine> lines, TextRegion.Region region) {
    double[] share = new double[lines.size()];
    double total = 0;
    for (int i = Math.max(0, region.start()); i <= region.end(); i++) {
      total += lines.get(i).prose() ? lines.get(i).words() : 0;
    }
    double seen = 0;
    for (int i = Math.max(0, region.start()); i <= region.end(); i++) {
      share[i] = total == 0 ? 0 : seen / total;
      seen += lines.get(i).prose() ? lines.get(i).words() : 0;
    }
    return share;
  }

  private static boolean candidate(TextLine line, TextDates dates) {
    return line.words() >= 2
        && line.words() <= MAX_WORDS
        && !line.text().endsWith(".")
        && !line.text().endsWith(":")
        && !(line.words() <= NAME_WORDS && line.titleShare() == 1.0) // an author's name
        && !BREADCRUMB.matcher(line.text()).find()
        && line.glued() == 0
        && !DOMAIN.matcher(line.text()).find()
        && line.debris() == null
        && line.sectionEnd() == null
        && !BYLINE.matcher(line.text()).find()
        && dates.first(line.text()) == null;
  }

  private static double score(
      List<TextLine> lines,
      int i,
      int bodyStart,
      Set<String> slug,
      Set<String> shownTwice,
      TextDates dates) {
    TextLine line = lines.get(i);
    double score = line.titleShare() + 3 * slugShare(line, slug);
    if (shownTwice.contains(line.text())) {
      score += 2;
    }
    if (i == 0 || lines.get(i - 1).block() != line.block()) {
      score += 0.3; // a headline stands in a block of its own
    }
    if (i < bodyStart && between(lines, i, bodyStart, dates) == 0) {
      score += LEADS_BODY; // nothing but captions and datelines between it and the prose
    }
    for (int k = Math.max(0, i - BYLINE_BEFORE); k < Math.min(lines.size(), i + 4); k++) {
      if (k != i && byline(lines.get(k), dates)) {
        score += 1;
        break;
      }
    }
    return score;
  }

  /**
   * Texts the page shows at least twice, counting a line with a site-name suffix ("Headline -
   * Site") as a showing of the part before the separator.
   */
  private static Set<String> shownTwice(List<TextLine> lines) {
    Map<String, Integer> shown = new HashMap<>();
    for (TextLine line : lines) {
      String text = line.text();
      shown.merge(text, 1, Integer::sum);
      Matcher m = SEPARATOR.matcher(text);
      while (m.find()) {
        shown.merge(text.substring(0, m.start()), 1, Integer::sum);
      }
    }
    Set<String> twice = new HashSet<>();
    shown.forEach(
        (text, n) -> {
          if (n >= 2) {
            twice.add(text);
          }
        });
    return twice;
  }

  private static double slugShare(TextLine line, Set<String> slug) {
    int words = 0;
    int shared = 0;
    for (String w : line.normalized().split(" ")) {
      if (w.length() >= 3) {
        words++;
        shared += slug.contains(w) ? 1 : 0;
      }
    }
    return words == 0 ? 0 : (double) shared / words;
  }

  private static Set<String> slugWords(String url) {
    Set<String> words = new HashSet<>();
    if (url == null) {
      return words;
    }
    String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "").replaceFirst("[?#].*", "");
    for (String w : TextLexicon.normalize(path.replace('_', ' ')).split(" ")) {
      if (w.length() >= 3) {
        words.add(w);
      }
    }
    return words;
  }
}
