package dev.parallax.clean;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by lower-cased {@code name}, {@code property} or {@code itemprop}
 * (the first non-empty content of each key wins). Immutable.
 */
final class MetaTags {
  private final Map<String, String> content;

  private MetaTags(Map<String, String> content) {
    this.content = Collections.unmodifiableMap(new LinkedHashMap<>(content));
  }

  static MetaTags of(Document doc) {
    Map<String, String> map = new LinkedHashMap<>();
    for (Element meta : doc.select("meta[content]")) {
      String value = meta.attr("content").strip();
      if (value.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"name", "property", "itemprop"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          map.putIfAbsent(key, value);
        }
      }
    }
    return new MetaTags(map);
  }

  /** The content of the first of {@code keys} the page has, or null. */
  String first(String... keys) {
    for (String key : keys) {
      String v = content.get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * The content of the page's first meta tag, in document order, whose key contains {@code word}
   * and none of {@code excluded}, or null: names no list foresees ("w-published-date").
   */
  String firstNamedWith(String word, String... excluded) {
    for (Map.Entry<String, String> e : content.entrySet()) {
      if (e.getKey().contains(word) && Arrays.stream(excluded).noneMatch(e.getKey()::contains)) {
        return e.getValue();
      }
    }
    return null;
  }
}
