package dev.parallax.report;

import dev.parallax.model.Story;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a report of a large run shows: the newest stories (by their last date, undated last) whose
 * articles fit in the page's budget, with their articles, events, quotes, coverage and conflicts;
 * the rest is left to {@code parallax serve}. A run within the budget is shown whole.
 *
 * @param shown the records the page shows
 * @param storiesLeft stories not shown
 * @param articlesLeft articles not shown
 * @param max the most articles a page holds
 */
record ReportCut(ReportData shown, int storiesLeft, int articlesLeft, int max) {
  static ReportCut of(ReportData all, int maxArticles) {
    if (all.articles().size() <= maxArticles) {
      return new ReportCut(all, 0, 0, maxArticles);
    }
    List<Story> newest = new ArrayList<>(all.stories());
    newest.sort(
        Comparator.comparing((Story s) -> s.last() == null)
            .thenComparing(Story::last, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Story::id));
    Set<String> stories = new HashSet<>();
    Set<String> articles = new HashSet<>();
    for (Story s : newest) {
      Set<String> members = new HashSet<>(s.articles());
      members.removeAll(articles);
      if (articles.size() + members.size() <= maxArticles) {
        stories.add(s.id());
        articles.addAll(members);
      }
    }
    ReportData shown =
        new ReportData(
            all.articles().stream().filter(a -> articles.contains(a.id())).toList(),
            all.entities(),
            all.events().stream()
                .filter(e -> e.story() != null && stories.contains(e.story()))
                .toList(),
            all.quotes().stream().filter(q -> articles.contains(q.article())).toList(),
            all.stories().stream().filter(s -> stories.contains(s.id())).toList(),
            all.coverage().stream().filter(c -> stories.contains(c.story())).toList(),
            all.conflicts().stream()
                .filter(c -> c.story() != null && stories.contains(c.story()))
                .toList());
    return new ReportCut(
        shown,
        all.stories().size() - shown.stories().size(),
        all.articles().size() - shown.articles().size(),
        maxArticles);
  }

  /** Says what the page leaves out and how to read it, when it leaves something out. */
  void notice(HtmlWriter html, ReportData all) {
    if (articlesLeft == 0 && storiesLeft == 0) {
      return;
    }
    html.open("p", "class", "cut", "id", "cut");
    html.text(
        "This run holds "
            + StorySection.count(all.articles().size(), "article")
            + " in "
            + StorySection.count(all.stories().size(), "story", "stories")
            + ": one page stays quick to open up to "
            + String.format("%,d", max)
            + " articles"
            + " only, so this report shows the newest "
            + StorySection.count(shown.stories().size(), "story", "stories")
            + " and leaves out "
            + StorySection.count(storiesLeft, "story", "stories")
            + " and "
            + StorySection.count(articlesLeft, "article")
            + ". Read them all, with search and filters, in the web UI: analyse into a store"
            + " (parallax analyze --store corpus.db ...) and run parallax serve --store"
            + " corpus.db.");
    html.close("p");
  }
}
