package dev.parallax.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.events.CameoCodes;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Story;
import dev.parallax.resources.Rules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders one run as {@code report.html}: a self-contained page (inline CSS and script, no fonts,
 * images or requests) with the stories, a timeline of events and each story's outlets side by side.
 *
 * <p>Every fact is a link {@code #f=ARTICLE:START-END}; the page's script shows that article's body
 * with the span in a {@code <mark>}, also when the page is opened with such a fragment. Bodies are
 * embedded once as JSON inside a {@code <script type="application/json">} element with {@code <},
 * {@code >} and {@code &} written as JSON escapes, so no body can close it. All other text is HTML
 * escaped, and the page's Content-Security-Policy allows only its own script (by hash) and no
 * network at all.
 *
 * <p>Stateless and thread-safe. Records that point to missing articles or spans outside a body are
 * shown without a link, never rejected.
 */
public final class HtmlReport {
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '"
          + sha256(SCRIPT)
          + "'";

  /**
   * The most articles one page holds: a run of more shows its newest stories up to this many
   * articles and says to read the rest with {@code parallax serve}. At 1,000 articles the page is
   * about 10 MB and opens in Chromium in under 2 s (docs/EVALUATION.md); beyond it the page grows
   * by 10 MB a thousand articles.
   */
  public static final int MAX_ARTICLES = 1000;

  private HtmlReport() {}

  /** The whole page, naming event codes as the bundled code table does. */
  public static String render(ReportData data) {
    return render(data, Rules.bundled());
  }

  /** The whole page, naming event codes as the code table of {@code rules} does. */
  public static String render(ReportData data, Rules rules) {
    return render(data, rules, MAX_ARTICLES);
  }

  /** The whole page, at most {@code maxArticles} articles of it (see {@link #MAX_ARTICLES}). */
  static String render(ReportData all, Rules rules, int maxArticles) {
    ReportCut cut = ReportCut.of(all, maxArticles);
    ReportData data = cut.shown();
    ReportIndex index = new ReportIndex(data, CameoCodes.of(rules));
    List<Story> stories =
        data.stories().stream()
            .sorted(
                Comparator.comparing(
                        (Story s) -> s.first(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Story::id))
            .toList();
    HtmlWriter html = new HtmlWriter(index);
    html.raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
    html.open("meta", "http-equiv", "Content-Security-Policy", "content", CSP);
    html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    html.raw("<title>Parallax report</title><style>").raw(CSS).raw("</style></head><body>");
    html.raw("<main>");
    header(html, data, stories);
    cut.notice(html, all);
    new TimelineSection(index, stories).write(html, data.events());
    StorySection section = new StorySection(index);
    stories.forEach(s -> section.write(html, s));
    unassigned(html, data, stories);
    html.raw("</main>").raw(viewer());
    html.raw("<script type=\"application/json\" id=\"px-bodies\">").raw(bodies(data.articles()));
    html.raw("</script><script>").raw(SCRIPT).raw("</script></body></html>\n");
    return html.toString();
  }

  private static void header(HtmlWriter html, ReportData data, List<Story> stories) {
    html.open("header").element("h1", null, "Parallax report");
    html.element(
        "p",
        "meta",
        String.join(
            " \u00b7 ",
            StorySection.count(data.articles().size(), "article"),
            StorySection.count(stories.size(), "story", "stories"),
            StorySection.count(data.events().size(), "event"),
            StorySection.count(data.quotes().size(), "quote"),
            StorySection.count(data.conflicts().size(), "contradiction")));
    html.open("nav").element("h2", null, "Stories");
    if (stories.isEmpty()) {
      html.none();
    } else {
      html.open("ol", "id", "stories");
      for (Story s : stories) {
        html.open("li").open("a", "href", "#story-" + s.id()).text(StorySection.title(s));
        html.close("a").close("li");
      }
      html.close("ol");
    }
    html.open("p").open("a", "href", "#timeline").text("Timeline of events").close("a");
    html.close("p").close("nav").close("header");
  }

  /** Articles in no story (a run that stopped before grouping has only these). */
  private static void unassigned(HtmlWriter html, ReportData data, List<Story> stories) {
    Set<String> grouped = new HashSet<>();
    stories.forEach(s -> grouped.addAll(s.articles()));
    List<Article> rest = data.articles().stream().filter(a -> !grouped.contains(a.id())).toList();
    if (rest.isEmpty()) {
      return;
    }
    html.open("section", "id", "ungrouped").element("h2", null, "Articles in no story");
    html.open("ul");
    for (Article a : rest) {
      String outlet = a.outlet() == null ? ReportIndex.UNKNOWN_OUTLET : a.outlet();
      html.open("li").element("span", "meta", outlet + ": ");
      html.articleLink(a.id(), a.title() == null ? "Untitled article " + a.id() : a.title());
      html.close("li");
    }
    html.close("ul").close("section");
  }

  private static String viewer() {
    return "<aside id=\"px-viewer\" hidden><p id=\"px-viewer-head\"></p>"
        + "<div id=\"px-viewer-body\"></div></aside>";
  }

  /** The bodies as a JSON array, safe inside a script element. */
  static String bodies(List<Article> articles) {
    List<Map<String, String>> rows =
        articles.stream()
            .map(
                a -> {
                  Map<String, String> row = new LinkedHashMap<>();
                  row.put("id", a.id());
                  row.put("title", a.title());
                  row.put("outlet", a.outlet());
                  row.put("published", a.published() == null ? null : a.published().toString());
                  row.put("body", a.body());
                  return row;
                })
            .toList();
    try {
      return scriptSafe(Jsonl.mapper().writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("strings always serialise", e);
    }
  }

  /**
   * Writes the characters that could end a script element or start a comment in it as JSON escapes;
   * they occur only inside JSON strings, where the escape means the same character.
   */
  static String scriptSafe(String json) {
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String script) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
