package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Story;
import dev.parallax.resources.Rules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run past the page's budget: the newest stories that fit, and a notice to use serve. */
class ReportCutTest {
  /** Six stories of two articles each, story k last dated in month k of 2030. */
  private static ReportData run() {
    List<Article> articles = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    for (int k = 1; k <= 6; k++) {
      List<String> members = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String id = "a" + k + i;
        articles.add(
            ReportFixture.article(
                id, "Outlet " + i, "Report " + id, "2030-0" + k + "-01", "Body of " + id + "."));
        members.add(id);
      }
      PartialDate date = PartialDate.parse("2030-0" + k + "-01");
      stories.add(new Story("s" + k, "Story " + k, members, List.of(), date, date, List.of()));
    }
    return new ReportData(articles, List.of(), List.of(), List.of(), stories, List.of(), List.of());
  }

  @Test
  void aRunWithinTheBudgetIsShownWholeWithoutANotice() {
    String html = HtmlReport.render(run(), Rules.bundled(), 12);
    for (int k = 1; k <= 6; k++) {
      assertThat(html).contains("id=\"story-s" + k + "\"").contains("Body of a" + k + "0.");
    }
    assertThat(html).doesNotContain("id=\"cut\"");
  }

  @Test
  void pastTheBudgetTheNewestStoriesAreShownAndTheRestIsLeftToServe() {
    String html = HtmlReport.render(run(), Rules.bundled(), 5);
    // two articles a story: the newest two stories fit in five articles
    for (int k = 5; k <= 6; k++) {
      assertThat(html).contains("id=\"story-s" + k + "\"").contains("Body of a" + k + "1.");
    }
    for (int k = 1; k <= 4; k++) {
      assertThat(html).doesNotContain("story-s" + k + "\"").doesNotContain("Body of a" + k + "0.");
    }
    assertThat(html)
        .contains("id=\"cut\"")
        .contains("This run holds 12 articles in 6 stories")
        .contains("the newest 2 stories and leaves out 4 stories and 8 articles")
        .contains("parallax serve --store");
  }

  @Test
  void storiesAreCollapsedAndTheTimelineToo() {
    String html = HtmlReport.render(run(), Rules.bundled(), 12);
    assertThat(html).contains("<details><summary><h2>Story 6</h2>").doesNotContain("<details open");
    assertThat(html).contains("<section id=\"timeline\"><details><summary>");
  }
}
