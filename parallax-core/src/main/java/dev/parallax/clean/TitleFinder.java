package dev.parallax.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Picks a page's headline by agreement among its sources: the main {@code <h1>}, {@code og:title},
 * {@code twitter:title}, the JSON-LD headline and the {@code <title>}. Titles often carry the site
 * name after a separator ("Headline | Site"); each source offers its whole text and its parts, and
 * the text most sources offer wins, earlier sources breaking ties. Stateless and thread-safe.
 */
final class TitleFinder {
  private static final Pattern SEPARATOR =
      Pattern.compile("\\s+[|\\-\u2013\u2014\u00B7\u2022:\u00BB/]+\\s+|\\s*\\|\\s*|\\s+::\\s+");
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final int MAX_LENGTH = 300;

  private TitleFinder() {}

  /**
   * @param sources candidate titles, most trusted first; nulls allowed
   * @param siteName the outlet's name when known (never a headline), or null
   * @param host the page's host name, or null
   * @return the headline, or null when no source has one
   */
  static String choose(List<String> sources, String siteName, String host) {
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
      // A whole title outranks its own parts when nobody else supports the part.
      double score = e.getValue() + e.getKey().length() * 1e-4;
      if (score > bestScore) {
        best = e.getKey();
        bestScore = score;
      }
    }
    return best == null ? null : shown.get(best);
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
    if (host == null) {
      return false;
    }
    String compact = key.replace(" ", "");
    return compact.length() >= 3 && host.toLowerCase(Locale.ROOT).contains(compact);
  }

  static String fold(String s) {
    return SPACE.matcher(s.replace('\u00A0', ' ')).replaceAll(" ").strip();
  }

  /** Comparison key: lower case, letters and digits only. */
  static String key(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
