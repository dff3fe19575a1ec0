package dev.parallax.report;

import dev.parallax.model.Article;
import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One story: its title, dates and articles, then its outlets side by side, one {@link OutletColumn}
 * per outlet in the order its articles were given.
 */
final class StorySection {
  private final ReportIndex index;
  private final OutletColumn column;

  StorySection(ReportIndex index) {
    this.index = index;
    this.column = new OutletColumn(index);
  }

  /** The title people see: the story's own, or its id when it has none. */
  static String title(Story story) {
    return story.title() == null || story.title().isBlank()
        ? "Untitled story " + story.id()
        : story.title();
  }

  void write(HtmlWriter html, Story story) {
    Map<String, List<String>> byOutlet = articlesByOutlet(story);
    html.open("section", "class", "story", "id", "story-" + story.id());
    // collapsed: a closed story costs the browser no layout until it is opened
    html.open("details").open("summary").element("h2", null, title(story));
    html.element("span", "meta", meta(story, byOutlet.size())).close("summary");
    html.open("div", "class", "columns");
    byOutlet.forEach((outlet, articles) -> column.write(html, story, outlet, articles));
    html.close("div").close("details").close("section");
  }

  private Map<String, List<String>> articlesByOutlet(Story story) {
    Map<String, List<String>> byOutlet = new LinkedHashMap<>();
    for (String article : story.articles()) {
      byOutlet.computeIfAbsent(index.outletOf(article), o -> new ArrayList<>()).add(article);
    }
    return byOutlet;
  }

  private String meta(Story story, int outlets) {
    String dates =
        story.first() == null
            ? "undated"
            : story.first().equals(story.last())
                ? story.first().toString()
                : story.first() + " \u2013 " + story.last();
    // a copy (the same text carried again) is no report of its own
    long reports =
        story.articles().stream()
            .map(id -> index.article(id).map(Article::report).orElse(id))
            .distinct()
            .count();
    String articles = count(story.articles().size(), "article");
    return dates
        + " \u00b7 "
        + (reports < story.articles().size() ? count((int) reports, "report") + " in " : "")
        + articles
        + " \u00b7 "
        + count(outlets, "outlet")
        + " \u00b7 "
        + count(story.events().size(), "event");
  }

  static String count(int n, String noun) {
    return count(n, noun, noun + "s");
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
