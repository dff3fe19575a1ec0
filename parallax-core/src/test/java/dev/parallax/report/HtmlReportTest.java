package dev.parallax.report;

import static dev.parallax.report.ReportFixture.ANONYMOUS;
import static dev.parallax.report.ReportFixture.CONDEMN_SENTENCE;
import static dev.parallax.report.ReportFixture.SHUT_SENTENCE;
import static dev.parallax.report.ReportFixture.SYLVANIA;
import static dev.parallax.report.ReportFixture.WIRE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final Document COMPARED = Jsoup.parse(HtmlReport.render(ReportFixture.run(true)));
  private static final Document PLAIN = Jsoup.parse(HtmlReport.render(ReportFixture.run(false)));

  @Test
  void listsStoriesInDateOrder() {
    assertThat(PLAIN.select("#stories li").eachText())
        .containsExactly("Harbour strike ends", "Freedonia shuts Sylvanian consulate");
    assertThat(PLAIN.select("section.story h2").eachText())
        .containsExactly("Harbour strike ends", "Freedonia shuts Sylvanian consulate");
  }

  @Test
  void aCopyCountsOnceAmongAStorysReportsAndLinksItsOriginal() {
    ReportData plain = ReportFixture.run(false);
    ReportData copied =
        new ReportData(
            plain.articles().stream()
                .map(a -> a.id().equals(ANONYMOUS.id()) ? a.withCopyOf(WIRE.id()) : a)
                .toList(),
            plain.entities(),
            plain.events(),
            plain.quotes(),
            plain.stories(),
            plain.coverage(),
            plain.conflicts());
    Document page = Jsoup.parse(HtmlReport.render(copied));

    assertThat(page.select("#story-s-consulate summary .meta").text())
        .contains("2 reports in 3 articles");
    assertThat(PLAIN.select("#story-s-consulate summary .meta").text())
        .contains("3 articles")
        .doesNotContain("report");
    assertThat(page.select("#story-s-consulate li:contains(a copy of) a.fact").eachAttr("href"))
        .anyMatch(href -> href.contains(WIRE.id()));
  }

  @Test
  void timelineOrdersDatedEventsAndListsUndatedApart() {
    assertThat(PLAIN.select("table.dated td.date").eachText())
        .containsExactly("2029-10-31", "2030-03-02");
    Elements undated = PLAIN.select("table.undated tbody tr");
    assertThat(undated).hasSize(1);
    assertThat(undated.text()).contains("Sylvania", "accuse (112)", "FRDGOV");
    assertThat(PLAIN.select("#event-ev-shut td.mentions a").eachText())
        .containsExactly("North Wire: \u201cshut\u201d", "unknown outlet: \u201cshut\u201d");
  }

  @Test
  void everyOutletOfAStoryHasItsColumn() {
    assertThat(PLAIN.select("#story-s-consulate .outlet > h3").eachText())
        .containsExactly("North Wire", "Sylvania Today", "unknown outlet");
    assertThat(PLAIN.select("#story-s-harbour .outlet > h3").eachText())
        .containsExactly("North Wire");
  }

  @Test
  void factLinksCarryTheSpanOfTheirSentence() {
    Mention shut = ReportFixture.at(WIRE, SHUT_SENTENCE);
    assertThat(PLAIN.select("a.fact").eachAttr("href"))
        .contains(
            HtmlWriter.factHref(WIRE.id(), shut.start(), shut.end()),
            HtmlWriter.factHref(ANONYMOUS.id(), 0, 0));
    Quote marr = ReportFixture.MARR;
    Element quote = PLAIN.selectFirst("a.fact:contains(acted lawfully)");
    assertThat(quote.attr("href")).isEqualTo("#f=a-syl:" + marr.start() + "-" + marr.end());
    assertThat(SYLVANIA.body().substring(marr.start(), marr.end())).isEqualTo(marr.text());
  }

  @Test
  void withoutCoverageOrConflictsTheColumnsSayNoneFound() {
    Element column = PLAIN.select("#story-s-consulate .outlet").get(1);
    assertThat(column.select("p.none")).hasSize(5); // labels, voices, reported, omitted, conflicts
    assertThat(column.select("li a.fact").eachText()).contains("Sylvania condemns closure");
  }

  @Test
  void coverageAndConflictsAreShownInTheirOutletsColumn() {
    Elements columns = COMPARED.select("#story-s-consulate .outlet");
    Element sylvania = columns.get(1);
    assertThat(sylvania.select("li.loaded").text()).contains("so-called government", "Freedonia");
    Mention label = ReportFixture.at(SYLVANIA, "so-called government");
    assertThat(sylvania.select("li.loaded a.fact").attr("href"))
        .isEqualTo(HtmlWriter.factHref(SYLVANIA.id(), label.start(), label.end()));
    assertThat(sylvania.text()).contains("Ivo Marr: 1 quote", "Whether the consulate kept");
    assertThat(sylvania.select("p.none")).isEmpty();
    // the omitted event links only to the other outlets' reports of it
    Element omitted = sylvania.select("h4:contains(Omitted) + ul").first();
    assertThat(omitted.select("a.fact").eachText())
        .containsExactly("North Wire: \u201cshut\u201d", "unknown outlet: \u201cshut\u201d");
    assertThat(columns.get(0).select(".conflict a.fact").text()).isEqualTo("ignored every warning");
  }

  @Test
  void embedsEveryBodyOnceAsJson() throws Exception {
    String html = HtmlReport.render(ReportFixture.run(true));
    JsonNode bodies = Jsonl.mapper().readTree(PLAIN.getElementById("px-bodies").data());
    assertThat(bodies).hasSize(4);
    assertThat(bodies.get(1).get("body").asText()).isEqualTo(SYLVANIA.body());
    int first = html.indexOf(CONDEMN_SENTENCE);
    assertThat(first).isPositive();
    assertThat(html.indexOf(CONDEMN_SENTENCE, first + 1)).isNegative();
  }

  @Test
  void aSpanOutsideTheBodyIsNotLinked() {
    Quote bad =
        new Quote(
            "q-bad",
            WIRE.id(),
            ReportFixture.PELL.speaker(),
            "x".repeat(10),
            WIRE.body().length() - 5,
            WIRE.body().length() + 5,
            ReportFixture.PELL.kind(),
            null);
    ReportData run = ReportFixture.run(false);
    ReportData withBad =
        new ReportData(
            run.articles(),
            run.entities(),
            run.events(),
            List.of(bad),
            run.stories(),
            run.coverage(),
            run.conflicts());
    Document doc = Jsoup.parse(HtmlReport.render(withBad));
    assertThat(doc.select(".fact-missing").text()).isEqualTo("xxxxxxxxxx");
  }

  @Test
  void thePageNeedsNoNetwork() {
    assertThat(COMPARED.select("[src], link, iframe, object, embed, img")).isEmpty();
    assertThat(COMPARED.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    String csp = COMPARED.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none'").contains("script-src 'sha256-");
    assertThat(COMPARED.select("style").html()).doesNotContain("url(", "@import");
  }

  @Test
  void textFromArticlesNeverBecomesMarkup() throws Exception {
    ReportData hostile = ReportFixture.hostile();
    String html = HtmlReport.render(hostile);
    Document doc = Jsoup.parse(html);
    assertThat(doc.select("script")).hasSize(2);
    assertThat(doc.select("img, #pwned")).isEmpty();
    assertThat(doc.getAllElements())
        .allSatisfy(
            e -> assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
    assertThat(doc.select("section.story h2").text()).isEqualTo(ReportFixture.ATTACK);
    assertThat(doc.select("a.fact").eachText()).contains(ReportFixture.ATTACK);
    JsonNode bodies = Jsonl.mapper().readTree(doc.getElementById("px-bodies").data());
    assertThat(bodies.get(0).get("body").asText()).isEqualTo(hostile.articles().get(0).body());
    assertThat(html).doesNotContain("<script>document", "<img");
  }
}
