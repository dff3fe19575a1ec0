package dev.parallax.clean;

import dev.parallax.model.RemovalReason;
import dev.parallax.resources.Column;
import dev.parallax.resources.Rules;
import dev.parallax.resources.TableRow;
import dev.parallax.resources.TableSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * The vocabulary of page furniture: which tags, ARIA roles and class or id words mark a block as
 * navigation, sharing, comments and so on ({@code boilerplate-markup.tsv}), and which short texts
 * do ({@code boilerplate-phrases.tsv}). Immutable and thread-safe.
 */
public final class BoilerplateLexicon {
  /** The furniture marks in markup: tags, ARIA roles, class or id words, ignored prefixes. */
  public static final TableSpec MARKUP =
      TableSpec.of(
          "clean/boilerplate-markup.tsv",
          "tags, ARIA roles and class or id words that mark a block of a web page as furniture",
          Column.kind("kind", "tag", "role", "token", "ignore-prefix").asKey(),
          Column.text("value").asKey(),
          Column.kind("reason", reasons("-")),
          Column.optional("scope"));

  /** The wording of short furniture blocks. */
  public static final TableSpec PHRASES =
      TableSpec.of(
          "clean/boilerplate-phrases.tsv",
          "patterns of short web-page blocks that are furniture (share, related links, copyright)",
          Column.kind("reason", reasons()),
          Column.integer("max_length"),
          Column.regex("pattern").asKey());

  /** The wording of appeals that end an article (subscribe, follow, donate, a form's fields). */
  public static final TableSpec APPEALS =
      TableSpec.of(
          "clean/boilerplate-appeals.tsv",
          "patterns of short blocks after an article's last long paragraph that appeal to the reader"
              + " (subscribe, follow, donate, a form's fields)",
          Column.kind("reason", reasons()),
          Column.integer("max_words"),
          Column.regex("pattern").asKey());

  /** A pattern and the longest text it judges, in characters ({@link #PHRASES}) or words. */
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
  private final List<Phrase> appeals = new ArrayList<>();

  private BoilerplateLexicon(Rules rules) {
    for (TableRow row : rules.table(MARKUP).rows()) {
      String value = row.text("value");
      switch (row.text("kind")) {
        case "tag" -> tags.put(value, reason(row.text("reason")));
        case "role" -> roles.put(value, reason(row.text("reason")));
        case "token" -> tokens.put(value, reason(row.text("reason")));
        default -> ignoredPrefixes.add(value); // ignore-prefix
      }
      if (row.text("scope").equals("outside")) {
        outsideOnly.add(row.text("kind") + ":" + value);
      }
    }
    for (TableRow row : rules.table(PHRASES).rows()) {
      phrases.add(phrase(row, "max_length"));
    }
    for (TableRow row : rules.table(APPEALS).rows()) {
      appeals.add(phrase(row, "max_words"));
    }
  }

  private static Phrase phrase(TableRow row, String limit) {
    return new Phrase(
        reason(row.text("reason")),
        row.integer(limit),
        Pattern.compile(row.text("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  /** The lexicon of {@code rules}, built once per rules. */
  static BoilerplateLexicon of(Rules rules) {
    return rules.lexicon(BoilerplateLexicon.class, BoilerplateLexicon::new);
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

  /**
   * Why a block after the article's last long paragraph, of {@code words} words, is an appeal to
   * the reader rather than the article's end, or null.
   */
  RemovalReason appeal(String text, int words) {
    for (Phrase p : appeals) {
      if (words <= p.maxLength() && p.pattern().matcher(text).find()) {
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

  /** The wire names of the removal reasons, and {@code extra}. */
  static String[] reasons(String... extra) {
    return Stream.concat(
            Arrays.stream(RemovalReason.values()).map(RemovalReason::wireName),
            Arrays.stream(extra))
        .toArray(String[]::new);
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
