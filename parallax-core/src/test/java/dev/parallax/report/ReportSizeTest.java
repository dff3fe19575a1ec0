package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A run of a hundred articles of about 2,000 characters, each with ten events and five quotes, in
 * twenty stories: each body is embedded once, and the page grows by the bodies plus a bounded cost
 * per fact, so it stays usable.
 */
class ReportSizeTest {
  private static final int ARTICLES = 100;
  private static final int EVENTS_PER_ARTICLE = 10;
  private static final int QUOTES_PER_ARTICLE = 5;

  @Test
  void aHundredArticlesEmbedEachBodyOnceAndCostLittlePerFact() {
    List<Article> articles = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    long bodyBytes = 0;
    for (int i = 0; i < ARTICLES; i++) {
      Article a = article(i);
      articles.add(a);
      bodyBytes += a.body().getBytes(StandardCharsets.UTF_8).length;
      for (int k = 0; k < EVENTS_PER_ARTICLE; k++) {
        events.add(event(a, i, k));
      }
      for (int k = 0; k < QUOTES_PER_ARTICLE; k++) {
        String text = "statement " + k + " of report " + i;
        quotes.add(ReportFixture.quote("q" + i + "-" + k, a, null, "Speaker " + k, text));
      }
    }
    for (int s = 0; s < ARTICLES / 5; s++) {
      List<String> members = articles.subList(s * 5, s * 5 + 5).stream().map(Article::id).toList();
      String id = "s" + s;
      List<String> ids = events.stream().filter(e -> e.story().equals(id)).map(Event::id).toList();
      stories.add(new Story(id, "Story " + s, members, List.of(), null, null, ids));
    }
    String html =
        HtmlReport.render(
            new ReportData(articles, List.of(), events, quotes, stories, List.of(), List.of()));

    for (int i = 0; i < ARTICLES; i++) {
      String marker = "Report number " + i + " begins.";
      assertThat(html.indexOf(marker)).isEqualTo(html.lastIndexOf(marker)).isPositive();
    }
    long facts = (long) events.size() + quotes.size();
    long bytes = html.getBytes(StandardCharsets.UTF_8).length;
    // measured about 260 bytes of markup per fact (timeline row or quote item) beside the bodies
    assertThat(bytes).isLessThan(bodyBytes + 400 * facts + 50_000);
  }

  private static Article article(int i) {
    StringBuilder body = new StringBuilder("Report number " + i + " begins.");
    for (int k = 0; k < EVENTS_PER_ARTICLE; k++) {
      body.append("\n\nThe council of town ").append(i).append(" met ").append(k);
      body.append(" times this spring to weigh the plan for the river crossing and its cost.");
      body.append(" Residents wrote letters about the noise, the traffic and the old mill.");
    }
    for (int k = 0; k < QUOTES_PER_ARTICLE; k++) {
      body.append("\n\nSpeaker ").append(k).append(" gave \"statement ").append(k);
      body.append(" of report ").append(i).append("\" to the hall, and the hall listened.");
    }
    return ReportFixture.article(
        "a" + i, "Outlet " + i % 4, "Report " + i, "2030-05-01", body + "");
  }

  private static Event event(Article a, int i, int k) {
    String sentence = "The council of town " + i + " met " + k + " times";
    EventMention m = ReportFixture.mention(a, sentence, "met");
    PartialDate date = k % 3 == 0 ? null : new PartialDate(2030, 4, 1 + k);
    return new Event(
        "e" + i + "-" + k,
        "s" + i / 5,
        date,
        new ActorRef(null, "TWN"),
        new ActorRef(null, null),
        "036",
        4.0,
        1,
        null,
        List.of(m),
        1,
        1);
  }
}
