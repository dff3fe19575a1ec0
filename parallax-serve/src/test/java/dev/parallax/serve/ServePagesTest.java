package dev.parallax.serve;

import static dev.parallax.serve.TestCorpus.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages link to each other, and each fact is one click from its highlighted sentence. */
class ServePagesTest {
  @RegisterExtension static final Served served = new Served();

  @Test
  void theRootOpensTheStories() {
    Http.Answer a = served.get("/");
    assertThat(a.status()).isEqualTo(302);
    assertThat(a.header("Location")).isEqualTo("/stories");
  }

  @Test
  void storiesListNewestFirstWithFiltersAndPaging() {
    String page = served.get("/stories").body();
    assertThat(page.indexOf("/stories/" + S1))
        .isPositive()
        .isLessThan(page.indexOf("/stories/" + S2));
    assertThat(page).contains("?outlet=Harbour+Gazette");
    String one = served.get("/stories?limit=1").body();
    assertThat(one).contains("/stories/" + S1).doesNotContain("/stories/" + S2);
    assertThat(one).contains("href=\"/stories?limit=1&amp;cursor=" + S1 + "\"");
    String older = served.get("/stories?limit=1&cursor=" + S1).body();
    assertThat(older).contains("/stories/" + S2).doesNotContain("Older stories");
    String filtered = served.get("/stories?actor=VLDGOV&from=2025-01").body();
    assertThat(filtered).contains("/stories/" + S1).doesNotContain("/stories/" + S2);
    assertThat(served.get("/stories?from=2030").body()).contains("No story matches.");
    String blind = served.get("/stories?blindspot=true").body();
    assertThat(blind).contains("/stories/" + S2).doesNotContain("/stories/" + S1);
    assertThat(blind).contains("<strong class=\"blindspot\">blindspot</strong>");
    assertThat(blind).contains("<th>Country</th>").contains("href=\"/stories?group=RM\"");
  }

  @Test
  void aStoryShowsItsOutletsSideBySide() {
    Http.Answer a = served.get("/stories/" + S1);
    assertThat(a.status()).isEqualTo(200);
    String page = a.body();
    assertThat(page)
        .contains(
            "<h3><a href=\"/outlets/o000000000000f0a1\">" + GAZETTE + "</a></h3>",
            "<h3><a href=\"/outlets/o000000000000f0a2\">" + TIMES + "</a></h3>");
    assertThat(page).contains("<li>Anton Berg: “harbour master &lt;em&gt;” ×1");
    assertThat(page).contains("<li>Anton Berg: 1 quotes").contains("<li>Anton Berg: -0.25</li>");
    assertThat(page).contains("The outlets disagree on why the harbour closed.");
    assertThat(page).contains("/articles/" + A1 + "\"", "/articles/" + A2 + "\"");
    // the event, reported by one outlet and omitted by the other, one click from its sentence
    String eventLink = "/articles/" + A1 + "#ev-" + E1 + "-0";
    assertThat(page.split(java.util.regex.Pattern.quote(eventLink), -1).length - 1)
        .isGreaterThanOrEqualTo(3);
  }

  @Test
  void anArticleHighlightsItsFactsWithPermalinks() {
    String page = served.get("/articles/" + A1).body();
    // the event's sentence is highlighted and carries the anchor the story page links to
    assertThat(page)
        .contains("<a class=\"hl hl-event\" href=\"#f-ev-" + E1 + "-0\"")
        .contains("<span id=\"ev-" + E1 + "-0\"></span>Port officials in Valdoria");
    // the quote and the entity inside it
    assertThat(page).contains("<span id=\"q-" + Q1 + "\"></span>We reopen");
    int berg = BODY1.indexOf("Anton Berg");
    assertThat(page).contains("<span id=\"en-" + N1 + "-" + berg + "\"></span>Anton Berg");
    // each fact row links to its span, each span to its row
    assertThat(page).contains("<tr id=\"f-q-" + Q1 + "\"").contains("href=\"#q-" + Q1 + "\"");
    assertThat(page).contains("Subscribe &lt;script&gt;").contains("PROMOTION");
    assertThat(page).contains("href=\"/stories/" + S1 + "\"");
    assertThat(page).contains("<pre class=\"provenance\">{\"parallax\":\"test\"");
  }

  @Test
  void anActorShowsItsEventsAndAPairByMonth() {
    String page = served.get("/actors/RMLGOV?with=VLD").body();
    assertThat(page).contains("/articles/" + A3 + "#ev-" + E2 + "-0");
    // the month's row: RMLGOV → VLD one verbal-conflict event (quad class 3), none back
    assertThat(page)
        .contains(
            "<tr id=\"m-2024-11\"><td><a href=\"/actors/RMLGOV?with=VLD&amp;month=2024-11"
                + "#month-events\">2024-11</a></td>\n<td>1</td><td>0</td><td>0</td><td>1</td>"
                + "<td>0</td><td>-2.00</td>\n<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>"
                + "<td>–</td></tr>");
    assertThat(page).doesNotContain("id=\"month-events\"");
  }

  @Test
  void aMonthOfAnActorPairListsTheEventsBehindIt() {
    String page = served.get("/actors/VLD?with=RMLGOV&month=2024-11").body();
    int events = page.indexOf("id=\"month-events\"");
    assertThat(events).isPositive();
    // the event went the other way (RMLGOV → VLD): listed with its sentence
    assertThat(page.indexOf("/articles/" + A3 + "#ev-" + E2 + "-0", events)).isPositive();
    String none = served.get("/actors/VLD?with=RMLGOV&month=2023-01").body();
    assertThat(none).contains("No events in this month.");
    assertThat(served.get("/actors/VLD?month=2024-11").status()).isEqualTo(400);
    assertThat(served.get("/actors/VLD?with=RMLGOV&month=2024-13").status()).isEqualTo(400);
  }

  @Test
  void anOutletShowsItsStoriesTheOnesItOmitsAndItsMonths() {
    String story = served.get("/stories/" + S1).body();
    assertThat(story).contains("<a href=\"/outlets/o000000000000f0a1\">" + GAZETTE + "</a>");
    String page = served.get("/outlets/o000000000000f0a1").body();
    assertThat(page).contains("<h1 id=\"o000000000000f0a1\">" + GAZETTE + "</h1>");
    assertThat(page).contains("harbour master &lt;em&gt;").contains("<td>1 / 0</td>");
    assertThat(page).contains("<td>2025-03</td><td>1</td>");
    int omits = page.indexOf("Stories others carry that it omits");
    assertThat(page.indexOf("/stories/" + S2)).isGreaterThan(omits);
  }

  @Test
  void missingPagesSay404() {
    Http.Answer a = served.get("/stories/s000000000000ffff");
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.body()).contains("no story has the id s000000000000ffff");
    assertThat(served.get("/nowhere").status()).isEqualTo(404);
  }
}
