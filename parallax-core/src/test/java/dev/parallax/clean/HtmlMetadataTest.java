package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.PartialDate;
import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Title, date, author and outlet of hand-written pages, one source at a time. */
class HtmlMetadataTest {
  private final HtmlPageCleaner cleaner = new HtmlPageCleaner();

  private static final String ARTICLE =
      """
      <article><h1>Night trains return to the northern line</h1>%s
      <p>Sleeper services between the capital and the northern coast will run again from next
      spring, the rail operator announced, after a pause of almost ten years.</p>
      <p>The carriages, bought second hand from a neighbouring country, are being refitted with
      new beds and a small dining area at a depot outside the city.</p></article>
      """;

  private CleanedPage page(String head, String lead, String url) {
    return cleaner.clean(
        "<html><head>" + head + "</head><body>" + ARTICLE.formatted(lead) + "</body></html>", url);
  }

  @Test
  void jsonLdDatePublished() {
    String ld =
        """
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","dateModified":"2023-05-02"},
        {"@type":"NewsArticle","headline":"Night trains return","datePublished":"2023-04-30T22:15:00-05:00",
         "dateModified":"2023-05-02","author":[{"@type":"Person","name":"Oskar Vell"}],
         "publisher":{"@type":"Organization","name":"Rail Weekly"}}]}</script>
        """;
    CleanedPage p = page(ld, "", null);
    assertThat(p.published()).isEqualTo(PartialDate.parse("2023-04-30"));
    assertThat(p.author()).isEqualTo("Oskar Vell");
    assertThat(p.outlet()).isEqualTo("Rail Weekly");
  }

  @Test
  void metaPublishedTimeWinsOverModified() {
    String meta =
        "<meta property=\"article:modified_time\" content=\"2022-02-03T10:00:00Z\">"
            + "<meta property=\"article:published_time\" content=\"2022-01-15T08:00:00Z\">";
    assertThat(page(meta, "", null).published()).isEqualTo(PartialDate.parse("2022-01-15"));
  }

  @Test
  void timeElementNearTheHeadline() {
    String lead = "<div class=\"meta\"><time datetime=\"2019-07-04T09:30\">4 July</time></div>";
    assertThat(page("", lead, null).published()).isEqualTo(PartialDate.parse("2019-07-04"));
  }

  @Test
  void datePathOfTheUrl() {
    assertThat(page("", "", "https://rail.example/2020/11/05/night-trains").published())
        .isEqualTo(PartialDate.parse("2020-11-05"));
  }

  @Test
  void bylineDatePrefersPublishedOverUpdated() {
    String lead = "<p>Updated 2 March 2024</p><p>Published 28 February 2024, by Ana Lopes</p>";
    assertThat(page("", lead, null).published()).isEqualTo(PartialDate.parse("2024-02-28"));
  }

  @Test
  void bylineDateTheMarkupCallsAnUpdateYieldsToTheDeclaredPublication() {
    String head = "<meta property=\"article:published_time\" content=\"2023-11-20T09:00:00Z\">";
    // Both stamps in the byline, the update first (a style sheet hides one of them).
    String both =
        "<div class=\"entry-meta\"><span class=\"posted-on\"><time class=\"updated\""
            + " datetime=\"2024-03-02\">March 2, 2024</time><time class=\"entry-date published\""
            + " datetime=\"2023-11-20\">November 20, 2023</time></span></div>";
    assertThat(page(head, both, null).published()).isEqualTo(PartialDate.parse("2023-11-20"));
    // "published updated" on the stamp names both; the wrapper names the update.
    String wrapped =
        "<div class=\"entry-meta\"><span class=\"updated-on\"><time class=\"entry-date"
            + " published updated\" datetime=\"2024-03-02\">2nd March 2024</time></span></div>";
    assertThat(page(head, wrapped, null).published()).isEqualTo(PartialDate.parse("2023-11-20"));
    // With no publication declared elsewhere, the byline's only date is the page's date.
    assertThat(page("", wrapped, null).published()).isEqualTo(PartialDate.parse("2024-03-02"));
    // A stamp whose markup says publication stays first.
    String published =
        "<div class=\"entry-meta\"><time class=\"entry-date published\">May 5, 2024</time></div>";
    assertThat(page(head, published, null).published()).isEqualTo(PartialDate.parse("2024-05-05"));
  }

  @Test
  void aUsersUpdateStemMarksBylineDates(@TempDir Path dir) throws IOException {
    String head = "<meta property=\"article:published_time\" content=\"2023-11-20T09:00:00Z\">";
    String lead = "<div class=\"byline\"><span class=\"revised-on\">March 2, 2024</span></div>";
    assertThat(page(head, lead, null).published()).isEqualTo(PartialDate.parse("2024-03-02"));
    HtmlPageCleaner withStem =
        new HtmlPageCleaner(
            UserRules.over(dir, DateFinder.MARKUP, "kind\tstem", "modified\trevis"));
    String html =
        "<html><head>" + head + "</head><body>" + ARTICLE.formatted(lead) + "</body></html>";
    assertThat(withStem.clean(html, null).published()).isEqualTo(PartialDate.parse("2023-11-20"));
  }

  @Test
  void visibleUpdateDateBeatsJsonLdButNotAPublicationMetaTag() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"Article\","
            + "\"datePublished\":\"2021-06-01\",\"dateModified\":\"2024-03-03\"}</script>";
    String lead = "<p class=\"byline\">By Ana Lopes. Last updated March 3, 2024</p>";
    assertThat(page(ld, lead, null).published()).isEqualTo(PartialDate.parse("2024-03-03"));
    String tag = "<meta property=\"article:published_time\" content=\"2021-06-01T08:00:00Z\">";
    assertThat(page(tag + ld, lead, null).published()).isEqualTo(PartialDate.parse("2021-06-01"));
    // A publication date in the byline still comes before its update.
    String both = "<p>Published 2 June 2021. Updated 3 March 2024</p>";
    assertThat(page(ld, both, null).published()).isEqualTo(PartialDate.parse("2021-06-02"));
  }

  @Test
  void bylineAfterAStandfirstWhenNothingElseGivesADate() {
    String page =
        """
        <html><body><article><h1>Night trains return to the northern line</h1>
        <p class="dek">Sleeper carriages bought second hand will run north again, ten years on.</p>
        <div class="byline">By Ana Lopes</div><div class="stamp">April 7, 2025</div>
        <p>Sleeper services between the capital and the northern coast will run again from next
        spring, the rail operator announced, after a pause of almost ten years.</p>
        <p>The carriages are being refitted with new beds and a small dining area at a depot
        outside the city, and the first tickets go on sale in the winter.</p></article></body></html>
        """;
    assertThat(cleaner.clean(page, null).published()).isEqualTo(PartialDate.parse("2025-04-07"));
  }

  @Test
  void noDateAnywhereGivesNull() {
    assertThat(page("", "", "https://rail.example/news/night-trains").published()).isNull();
  }

  @Test
  void ogTitleLosesItsSiteSuffix() {
    String head =
        "<meta property=\"og:title\" content=\"Sleeper trains are coming back north | Rail Weekly\">"
            + "<title>Sleeper trains are coming back north | Rail Weekly</title>";
    String html =
        "<html><head>"
            + head
            + "</head><body>"
            + ARTICLE.formatted("").replace("<h1>Night trains return to the northern line</h1>", "")
            + "</body></html>";
    assertThat(cleaner.clean(html, null).title()).isEqualTo("Sleeper trains are coming back north");
  }

  @Test
  void headingAgreeingWithMetadataBeatsASeoTitle() {
    String head =
        "<meta property=\"og:title\" content=\"Northern night trains return: timetable and fares\">";
    assertThat(page(head, "", null).title()).isEqualTo("Night trains return to the northern line");
  }

  @Test
  void sectionNameInH1LosesToTheAgreedTitle() {
    String head =
        "<meta property=\"og:title\" content=\"Fares rise on the coastal railway - Rail Weekly\">"
            + "<title>Fares rise on the coastal railway - Rail Weekly</title>";
    String html =
        "<html><head>"
            + head
            + "</head><body><h1>Opinion</h1>"
            + ARTICLE.formatted("").replace("<h1>Night trains return to the northern line</h1>", "")
            + "</body></html>";
    assertThat(cleaner.clean(html, null).title()).isEqualTo("Fares rise on the coastal railway");
  }

  @Test
  void numericBylineDateReadInTheDayMonthOrderOfTheUrl() {
    String lead = "<p class=\"byline\">Ana Lopes | 03/10/2023</p>";
    assertThat(page("", lead, "https://wine.example/blog/2023/october/03/grapes").published())
        .isEqualTo(PartialDate.parse("2023-10-03"));
    // With nothing to agree with, the month-first reading stands.
    assertThat(page("", lead, "https://wine.example/blog/grapes").published())
        .isEqualTo(PartialDate.parse("2023-03-10"));
  }

  @Test
  void dateInAHeroBlockAboveTheHeadline() {
    String page =
        "<html><body><div class=\"hero\"><span class=\"kicker\">Transport</span>"
            + "<div class=\"stamp\">March 14, 2022</div></div>"
            + ARTICLE.formatted("")
            + "</body></html>";
    assertThat(cleaner.clean(page, null).published()).isEqualTo(PartialDate.parse("2022-03-14"));
  }

  @Test
  void publicationMetaUnderANameNoListForesees() {
    String head =
        "<meta name=\"x-page-modified-date\" content=\"2024-06-01\">"
            + "<meta name=\"x-page-published-date\" content=\"2021-09-30\">";
    assertThat(page(head, "", null).published()).isEqualTo(PartialDate.parse("2021-09-30"));
    // A date in the page's own lists still comes first.
    assertThat(
            page(
                    head + "<meta property=\"article:published_time\" content=\"2021-10-02\">",
                    "",
                    null)
                .published())
        .isEqualTo(PartialDate.parse("2021-10-02"));
  }
}
