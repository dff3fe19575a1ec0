package dev.parallax.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article:
 * headline, dates, author, publisher and body text. Article-like types ({@code Article}, {@code
 * NewsArticle}, {@code BlogPosting}...) are preferred over other objects such as {@code WebPage}.
 * Malformed JSON is skipped.
 *
 * @param headline the headline, or null
 * @param published {@code datePublished} as written, or null
 * @param modified {@code dateModified} as written, or null
 * @param author the first author's name, or null
 * @param publisher the publisher's name, or null
 * @param body {@code articleBody}, or null
 */
record JsonLd(
    String headline,
    String published,
    String modified,
    String author,
    String publisher,
    String body) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "techarticle",
          "scholarlyarticle",
          "socialmediaposting",
          "liveblogposting",
          "medicalwebpage",
          "howto",
          "recipe",
          "review");
  private static final int MAX_SCRIPT = 1 << 20;

  static final JsonLd NONE = new JsonLd(null, null, null, null, null, null);

  /** The facts of the page's JSON-LD blocks; {@link #NONE} when there are none. */
  static JsonLd of(Document doc) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      String json = script.data();
      if (json.length() > MAX_SCRIPT) {
        continue;
      }
      try {
        flatten(MAPPER.readTree(json), objects, 0);
      } catch (Exception e) {
        // Hand-written JSON-LD is often broken; the page's other signals remain.
      }
    }
    if (objects.isEmpty()) {
      return NONE;
    }
    List<JsonNode> ordered = new ArrayList<>();
    objects.stream().filter(JsonLd::isArticle).forEach(ordered::add);
    objects.stream().filter(o -> !isArticle(o)).forEach(ordered::add);
    return new JsonLd(
        first(ordered, "headline"),
        first(ordered, "datePublished"),
        first(ordered, "dateModified"),
        name(ordered, "author"),
        name(ordered, "publisher"),
        first(ordered, "articleBody"));
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> flatten(n, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      flatten(node.get("mainEntity"), out, depth + 1);
    }
  }

  private static boolean isArticle(JsonNode o) {
    JsonNode type = o.get("@type");
    if (type == null) {
      return false;
    }
    for (JsonNode t : type.isArray() ? type : List.of(type)) {
      if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String first(List<JsonNode> objects, String field) {
    for (JsonNode o : objects) {
      String s = text(o.get(field));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String name(List<JsonNode> objects, String field) {
    for (JsonNode o : objects) {
      JsonNode v = o.get(field);
      if (v != null && v.isArray()) {
        v = v.size() == 0 ? null : v.get(0);
      }
      String s = v != null && v.isObject() ? text(v.get("name")) : text(v);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String text(JsonNode v) {
    if (v == null || !v.isValueNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }
}
