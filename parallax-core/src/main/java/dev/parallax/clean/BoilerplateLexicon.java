package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.resources.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The vocabulary of page furniture: which tags, ARIA roles and class or id words mark a block as
 * navigation, sharing, comments and so on ({@code boilerplate-markup.tsv}), and which short texts
 * do ({@code boilerplate-phrases.tsv}). Immutable and thread-safe.
 */
final class BoilerplateLexicon {
  private record Phrase(RemovalReason reason, int maxLength, Pattern pattern) {}

  /**
   * A furniture mark on an element.
   *
   * @param element the marked element
   * @param reason what the mark says the element is
   * @param key the mark's vocabulary entry ({@code tag:nav}, {@code role:banner}, {@code widget})
   * @param outsideOnly whether the mark only names the reason for blocks outside the article
   */
  record Mark(Element element, RemovalReason reason, String key, boolean outsideOnly) {
    Mark(Element element, RemovalReason reason, String key) {
      this(element, reason, key, false);
    }
  }

  private final Map<String, RemovalReason> tags = new HashMap<>();
  private final Set<String> outsideOnly = new HashSet<>();
  private final Map<String, RemovalReason> roles = new HashMap<>();
  private final Map<String, RemovalReason> tokens = new HashMap<>();
  private final List<String> ignoredPrefixes = new ArrayList<>();
  private final List<Phrase> phrases = new ArrayList<>();

  /** The lexicon of the bundled resource files. */
  static final BoilerplateLexicon DEFAULT = new BoilerplateLexicon();

  private BoilerplateLexicon() {
    for (String[] row : ResourceLines.rows(BoilerplateLexicon.class, "boilerplate-markup.tsv", 2)) {
      switch (row[0]) {
        case "tag" -> tags.put(row[1], reason(row[2]));
        case "role" -> roles.put(row[1], reason(row[2]));
        case "token" -> tokens.put(row[1], reason(row[2]));
        case "ignore-prefix" -> ignoredPrefixes.add(row[1]);
        default -> throw new IllegalStateException("boilerplate-markup.tsv: kind " + row[0]);
      }
    }
    for (String[] row : ResourceLines.rows(BoilerplateLexicon.class, "boilerplate-markup.tsv", 2)) {
      if (row.length > 3 && row[3].equals("outside")) {
        outsideOnly.add(row[0] + ":" + row[1]);
      }
    }
    for (String[] row :
        ResourceLines.rows(BoilerplateLexicon.class, "boilerplate-phrases.tsv", 3)) {
      phrases.add(
          new Phrase(
              reason(row[0]),
              Integer.parseInt(row[1]),
              Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
    }
  }

  /** The mark the markup of {@code e} (its tag, role, class or id) puts on it, or null. */
  Mark markup(Element e) {
    RemovalReason r = tags.get(e.normalName());
    if (r != null) {
      String key = "tag:" + e.normalName();
      return new Mark(e, r, key, outsideOnly.contains(key));
    }
    String role = e.attr("role").strip().toLowerCase(Locale.ROOT);
    r = roles.get(role);
    if (r != null) {
      return new Mark(e, r, "role:" + role);
    }
    Mark m = names(e, e.attr("id"));
    return m != null ? m : names(e, e.attr("class"));
  }

  /** Why the wording of a short block marks it as furniture, or null. */
  RemovalReason phrase(String text) {
    for (Phrase p : phrases) {
      if (text.length() <= p.maxLength() && p.pattern().matcher(text).find()) {
        return p.reason();
      }
    }
    return null;
  }

  private Mark names(Element e, String attr) {
    if (attr.isEmpty()) {
      return null;
    }
    for (String name : attr.split("\\s+")) {
      if (ignored(name)) {
        continue;
      }
      Mark m = tokenMark(e, name);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /** Looks up each word of a class or id name: split at non-letters and at camelCase humps. */
  private Mark tokenMark(Element e, String name) {
    int start = 0;
    for (int i = 1; i <= name.length(); i++) {
      boolean end =
          i == name.length()
              || !Character.isLetterOrDigit(name.charAt(i))
              || (Character.isUpperCase(name.charAt(i))
                  && Character.isLowerCase(name.charAt(i - 1)));
      if (!end) {
        continue;
      }
      if (i > start && Character.isLetterOrDigit(name.charAt(start))) {
        String key = name.substring(start, i).toLowerCase(Locale.ROOT);
        RemovalReason r = tokens.get(key);
        if (r != null) {
          return new Mark(e, r, key);
        }
      }
      start = i < name.length() && !Character.isLetterOrDigit(name.charAt(i)) ? i + 1 : i;
    }
    return null;
  }

  private boolean ignored(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : ignoredPrefixes) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static RemovalReason reason(String wireName) {
    for (RemovalReason r : RemovalReason.values()) {
      if (r.wireName().equals(wireName)) {
        return r;
      }
    }
    throw new IllegalStateException("unknown removal reason " + wireName);
  }
}
