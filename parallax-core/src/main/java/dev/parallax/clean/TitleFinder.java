package dev.parallax.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks a page's headline. The visible {@code <h1>} wins when it agrees with the page's metadata
 * titles ({@code og:title}, JSON-LD headline, {@code twitter:title}, {@code <title>}) in its words:
 * metadata titles are often written for search engines, the heading for readers. Otherwise the
 * metadata titles and the article's first headings vote: each offers its whole text and its parts
 * around separators ("Headline | Site"), and the text most of them offer wins. A site name or a
 * short label after a separator is dropped. Stateless and thread-safe.
 */
final class TitleFinder {
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014\u00B7\u2022:\u00BB/]+\\s+|\\s*\\|\\s*|\\s+::\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /**
   * Markup left at a title's edges: leading Markdown heading marks ("## Headline"), trailing
   * symbols or lone punctuation set off by a space ("Headline \u22c6", "Headline .").
   */
  private static final Pattern EDGES =
      Pattern.compile("^#+\\s+|\\s+[\\p{Sm}\\p{Pd}|.\u00B7\u2022]+$");

  /** The most words a label or date before a heading's metadata title may have ("Blog:"). */
  private static final int MAX_PREFIX_WORDS = 4;

  /** A comparison key ending in a year: a date before a headline ("dec 18 2025"). */
  private static final Pattern ENDS_IN_YEAR = Pattern.compile("(?:^|.* )(?:19|20)\\d\\d");

  private static final int MAX_LENGTH = 300;

  private TitleFinder() {}

  /**
   * @param headings the page's {@code <h1>} texts, the one nearest the article first
   * @param metaTitles {@code og:title}, JSON-LD headline, {@code twitter:title}, {@code <title>}
   *     (nulls allowed), most trusted first
   * @param subheadings the first other headings of the article, which may hold the headline when
   *     the {@code <h1>} names a section of the site
   * @param siteName the outlet's name when known (never a headline), or null
   * @param host the page's host name, or null
   * @return the headline, or null when no source has one
   */
  static String choose(
      List<String> headings,
      List<String> metaTitles,
      List<String> subheadings,
      String siteName,
      String host) {
    Set<String> metaWords = new HashSet<>();
    metaTitles.stream().filter(t -> t != null).forEach(t -> metaWords.addAll(words(t)));
    for (String h : headings) {
      if (h == null || h.isBlank() || h.length() > MAX_LENGTH) {
        continue;
      }
      String folded = stripSite(fold(h), siteName, host);
      if (metaWords.isEmpty() || related(words(folded), metaWords)) {
        return trimEdges(declaredForm(folded, metaTitles, siteName, host));
      }
    }
    List<String> sources = new ArrayList<>(metaTitles);
    sources.addAll(subheadings);
    String agreed = byAgreement(sources, siteName, host);
    return agreed == null ? null : trimEdges(stripSite(agreed, siteName, host));
  }

  /** A title without the markup at its edges ({@link #EDGES}); the title itself if all markup. */
  static String trimEdges(String title) {
    String t = EDGES.matcher(title).replaceAll("").strip();
    return t.isEmpty() ? title : t;
  }

  /** The visible headline belongs to the page when it shares enough words with its metadata. */
  private static boolean related(Set<String> heading, Set<String> meta) {
    int shared = 0;
    for (String w : heading) {
      shared += meta.contains(w) ? 1 : 0;
    }
    return shared >= Math.min(2, heading.size()) && shared * 4 >= heading.size();
  }

  /**
   * The metadata's spelling of a heading when they are the same words (typographic quotes and
   * dashes differ between the two more often than the words do): the title the page declares.
   */
  private static String declaredForm(
      String heading, List<String> metaTitles, String siteName, String host) {
    String k = key(heading);
    for (String t : metaTitles) {
      if (t == null) {
        continue;
      }
      for (String variant : variants(fold(t))) {
        String v = key(variant);
        if (v.equals(k) || labelled(heading, k, v)) {
          return stripSite(variant, siteName, host);
        }
      }
    }
    if (shouting(heading)) {
      // A heading set in capitals is styled; the metadata spells the same headline for reading.
      for (String t : metaTitles) {
        if (t != null && related(words(t), words(heading))) {
          return stripSite(fold(t), siteName, host);
        }
      }
    }
    return heading;
  }

  /**
   * Whether a heading (text {@code heading}, key {@code key}) is a metadata title (key {@code
   * meta}) after a short label ("Blog: Headline") or a date ("Dec 18 2025 Headline") the page put
   * in the heading. Other words before it ("The ...") make a different wording, not a label.
   */
  private static boolean labelled(String heading, String key, String meta) {
    if (meta.isEmpty() || !key.endsWith(" " + meta) || words(meta).size() < MAX_PREFIX_WORDS) {
      return false;
    }
    String prefix = key.substring(0, key.length() - meta.length()).strip();
    if (prefix.split(" ").length > MAX_PREFIX_WORDS) {
      return false;
    }
    int colon = heading.indexOf(':');
    return ENDS_IN_YEAR.matcher(prefix).matches()
        || (colon > 0 && key(heading.substring(colon + 1)).equals(meta));
  }

  /** Whether a text of three words or more has letters and no lower-case ones. */
  private static boolean shouting(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && words(text).size() >= 3;
  }

  /**
   * Drops a site name or a short trailing label ("Headline | Opinion") set off by a separator,
   * keeping at least four words of headline.
   */
  static String stripSite(String title, String siteName, String host) {
    String t = title;
    for (int round = 0; round < 3; round++) {
      Matcher m = lastSeparator(t);
      if (m == null) {
        break;
      }
      String head = t.substring(0, m.start()).strip();
      String tail = t.substring(m.end()).strip();
      boolean site = isSiteName(key(tail), siteName, host);
      if (!site && !(words(tail).size() <= 3 && words(head).size() >= 4)) {
        break;
      }
      t = head;
    }
    Matcher first = SEPARATOR.matcher(t);
    if (first.find() && isSiteName(key(t.substring(0, first.start())), siteName, host)) {
      t = t.substring(first.end()).strip();
    }
    return t;
  }

  private static Matcher lastSeparator(String t) {
    Matcher m = SEPARATOR.matcher(t);
    int start = -1;
    while (m.find()) {
      start = m.start();
    }
    if (start < 0) {
      return null;
    }
    m.find(start);
    return m;
  }

  private static String byAgreement(List<String> sources, String siteName, String host) {
    Map<String, String> shown = new LinkedHashMap<>();
    Map<String, Double> support = new LinkedHashMap<>();
    int rank = 0;
    for (String source : sources) {
      rank++;
      if (source == null || source.isBlank() || source.length() > MAX_LENGTH) {
        continue;
      }
      double weight = 1.0 - rank * 0.01;
      for (String variant : variants(fold(source))) {
        String key = key(variant);
        if (key.isEmpty() || isSiteName(key, siteName, host)) {
          continue;
        }
        shown.putIfAbsent(key, variant);
        support.merge(key, weight, Double::sum);
      }
    }
    String best = null;
    double bestScore = 0;
    for (Map.Entry<String, Double> e : support.entrySet()) {
      // A whole title outranks its own parts when nobody else supports a part.
      double score = e.getValue() + e.getKey().length() * 1e-4;
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best == null ? null : shown.get(best);
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : key(s).split(" ")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  /** The text itself, and when it has separators, each side of each separator. */
  static List<String> variants(String title) {
    List<String> out = new ArrayList<>();
    out.add(title);
    var m = SEPARATOR.matcher(title);
    while (m.find()) {
      String left = title.substring(0, m.start()).strip();
      String right = title.substring(m.end()).strip();
      if (!left.isEmpty()) {
        out.add(left);
      }
      if (!right.isEmpty()) {
        out.add(right);
      }
    }
    return out;
  }

  private static boolean isSiteName(String key, String siteName, String host) {
    if (siteName != null && key.equals(key(siteName))) {
      return true;
    }
    if (siteName != null && key.indexOf(' ') > 0 && key(siteName).startsWith(key + " ")) {
      return true; // the site name's first words: "Rail Weekly" of "Rail Weekly Magazine"
    }
    if (host == null) {
      return false;
    }
    String compact = key.replace(" ", "");
    return compact.length() >= 3 && key(host).replace(" ", "").contains(compact);
  }

  static String fold(String s) {
    return SPACE.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  /** Whether {@code text} has comparison key {@code key} (cheap length test first). */
  static boolean sameKey(String text, String key) {
    int n = text.length();
    return n >= key.length() / 2 && n <= key.length() * 2 + 8 && key(text).equals(key);
  }

  /** Comparison key: lower case, letters and digits only. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
