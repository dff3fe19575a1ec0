package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.model.MediaType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.model.RemovalReason;
import dev.parallax.model.RemovedBlock;
import dev.parallax.model.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlPageCleanerTest {
  private final HtmlPageCleaner cleaner = new HtmlPageCleaner();

  /** A made-up news page with all the usual furniture around a short article. */
  static final String PAGE =
      """
      <!doctype html><html><head><title>Harbour ferry returns after storm repairs | Coastline Daily</title>
      <meta property="og:site_name" content="Coastline Daily"></head><body>
      <header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
      <main><article>
      <h1>Harbour ferry returns after storm repairs</h1>
      <p class="byline">By Mira Tallis | Published October 23, 2021</p>
      <p>The small passenger ferry that links the old harbour with the island villages resumed its
      timetable on Saturday, three weeks after a winter storm damaged its landing ramp.</p>
      <figure><img src="ferry.jpg"><figcaption>The repaired ramp at the island landing stage.</figcaption></figure>
      <p>Engineers from the county works department replaced two steel hinges and rebuilt the timber
      deck, the harbour master told passengers waiting on the quay before the first crossing.</p>
      <h2>What changes for passengers</h2>
      <p>The operator said that crossings will run every forty minutes until the end of March, with
      an extra evening boat on Fridays for people who work late in town.</p>
      <ul><li>Tickets bought before the storm remain valid until the end of the year.</li>
      <li>Bicycles travel free of charge on every crossing during the first month.</li></ul>
      <p>Residents of the island had relied on a fishing boat chartered by the council, which could
      carry only twelve people at a time and did not sail in strong winds.</p>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
      </article>
      <aside class="related"><h3>Related stories</h3><ul>
      <li><a href="/a">Council approves new budget for harbour dredging work</a></li>
      <li><a href="/b">Lighthouse keeper's cottage opens as a small museum</a></li></ul></aside>
      <section id="comments"><h3>Comments</h3><p>I waited on that quay for an hour in the rain last
      month and nobody told us anything about the cancellation, which was very frustrating.</p></section>
      </main>
      <footer><p>© 2021 Coastline Daily. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
      </body></html>
      """;

  @Test
  void keepsTheArticleWithItsSubheadingAndList() {
    CleanedPage page = cleaner.clean(PAGE, "https://coastline.example/news/ferry");
    assertThat(page.paragraphs())
        .first()
        .asString()
        .startsWith("The small passenger ferry that links the old harbour");
    assertThat(page.paragraphs())
        .contains(
            "What changes for passengers",
            "Tickets bought before the storm remain valid until the end of the year.",
            "Bicycles travel free of charge on every crossing during the first month.");
    assertThat(page.paragraphs()).hasSize(7);
    assertThat(page.body()).doesNotContain("Home", "Related", "quay for an hour", "Privacy");
  }

  @Test
  void listsEveryRemovedBlockWithItsReason() {
    CleanedPage page = cleaner.clean(PAGE, null);
    assertThat(reasonOf(page, "Sport")).isEqualTo(RemovalReason.NAVIGATION);
    assertThat(reasonOf(page, "The repaired ramp at the island landing stage."))
        .isEqualTo(RemovalReason.CAPTION);
    assertThat(reasonOf(page, "Council approves new budget for harbour dredging work"))
        .isEqualTo(RemovalReason.RELATED_LINKS);
    assertThat(reasonOf(page, "Comments")).isEqualTo(RemovalReason.COMMENTS);
    assertThat(reasonOf(page, "Share on Facebook Share by email")).isEqualTo(RemovalReason.SHARE);
    assertThat(reasonOf(page, "Harbour ferry returns after storm repairs"))
        .isEqualTo(RemovalReason.TITLE);
    assertThat(reasonOf(page, "By Mira Tallis | Published October 23, 2021"))
        .isIn(RemovalReason.BYLINE, RemovalReason.DATELINE);
    assertThat(reasonOf(page, "© 2021 Coastline Daily. All rights reserved.")).isNotNull();
  }

  @Test
  void readsTitleDateAuthorAndOutlet() {
    CleanedPage page = cleaner.clean(PAGE, null);
    assertThat(page.title()).isEqualTo("Harbour ferry returns after storm repairs");
    assertThat(page.published()).isEqualTo(PartialDate.parse("2021-10-23"));
    assertThat(page.outlet()).isEqualTo("Coastline Daily");
  }

  @Test
  void bodyHoldsOnlyTextOfThePage() {
    for (String html : List.of(PAGE, BROKEN, NO_BODY)) {
      String visible = BlockSplitter.fold(Jsoup.parse(html).body().wholeText());
      CleanedPage page = cleaner.clean(html, null);
      assertThat(page.paragraphs()).isNotEmpty();
      for (String p : page.paragraphs()) {
        assertThat(visible).contains(p);
      }
      for (RemovedBlock r : page.removed()) {
        assertThat(visible).contains(r.text());
      }
    }
  }

  @Test
  void keepsTheStandfirstInTheArticlesOwnHeader() {
    String html =
        """
        <html><body><header class="site"><a href="/">Valley Notes</a> <a href="/news">News</a></header>
        <article><header><h1>New bridge opens to cyclists</h1>
        <p class="standfirst">The crossing over the river cuts the ride between the two market
        towns by almost half an hour, the county council says.</p></header>
        <p>Cyclists queued at both ends of the new bridge on Monday morning for the opening, which
        had been delayed twice by floods during the building work last winter.</p>
        <p>The council plans to add lighting along the approach paths before the end of the year,
        once a grant from the regional transport fund has been confirmed.</p></article></body></html>
        """;
    CleanedPage page = cleaner.clean(html, null);
    assertThat(page.paragraphs()).hasSize(3);
    assertThat(page.paragraphs().get(0)).startsWith("The crossing over the river");
    assertThat(reasonOf(page, "Valley Notes News")).isEqualTo(RemovalReason.NAVIGATION);
  }

  static final String BROKEN =
      """
      <html><body><div class="content"><p>Volunteers counted more than four hundred wading birds
      on the estuary mudflats during the annual winter survey at the weekend
      <p>The count was lower than last year, which the organisers put down to the mild weather
      keeping flocks further north for longer than usual this season.<div><p>Unclosed <b>bold text
      in a paragraph that goes on long enough to read like a real sentence of the report.
      """;

  @Test
  void survivesUnclosedMarkup() {
    CleanedPage page = cleaner.clean(BROKEN, null);
    assertThat(page.paragraphs()).hasSize(3);
    assertThat(page.paragraphs().get(2)).startsWith("Unclosed bold text in a paragraph");
  }

  static final String NO_BODY =
      """
      <title>Orchard harvest ends early this year - Valley Notes</title>
      <p>The apple harvest in the upper valley finished early this year after a warm and dry
      September, growers said at the cooperative's autumn meeting on Tuesday evening.
      <p>Most of the crop will be pressed for juice, because hail in June marked the skins of
      many fruit and made them hard to sell in the shops.
      """;

  @Test
  void readsAPageWithoutBodyOrHead() {
    CleanedPage page = cleaner.clean(NO_BODY, null);
    assertThat(page.paragraphs()).hasSize(2);
    assertThat(page.title()).isEqualTo("Orchard harvest ends early this year");
  }

  @Test
  void aPageOfOnlyNavigationHasNoBodyAndIsRejected() {
    String html =
        """
        <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
        <li><a href="/contact">Contact</a></li></ul></nav>
        <div class="menu"><a href="/shop">Shop</a> <a href="/blog">Blog</a></div>
        <footer>© 2024 Example Garden Supplies</footer></body></html>
        """;
    assertThat(cleaner.clean(html, null).paragraphs()).isEmpty();
    assertThat(new ArticleCleaner().clean(htmlDocument(html, null))).isInstanceOf(Rejection.class);
  }

  @Test
  void articleCleanerFallsBackToTheHostForTheOutlet() {
    String html = "<html><body>" + BROKEN.substring(BROKEN.indexOf("<div")) + "</body></html>";
    String url = "https://www.estuary.example/2020/01/12/count";
    Article a = (Article) new ArticleCleaner().clean(htmlDocument(html, url));
    assertThat(a.outlet()).isEqualTo("estuary.example");
    assertThat(a.published()).isEqualTo(PartialDate.parse("2020-01-12"));
  }

  private static RawDocument htmlDocument(String html, String url) {
    return RawDocument.of(
        "page.html",
        html.getBytes(StandardCharsets.UTF_8),
        MediaType.HTML,
        StandardCharsets.UTF_8,
        new SourceMetadata(url, null, null, null, null));
  }

  private static RemovalReason reasonOf(CleanedPage page, String text) {
    return page.removed().stream()
        .filter(r -> r.text().equals(text))
        .map(RemovedBlock::reason)
        .findFirst()
        .orElse(null);
  }

  @Test
  void aHeadingThatLinksToTheHomePageIsTheSiteNameNotTheHeadline() {
    String page =
        """
        <html><head><title>Mending a dry stone wall | Pebble Notes</title></head><body>
        <div class="top"><h1><a href="https://pebble.example/">Pebble Notes</a></h1></div>
        <div class="post"><h2>Mending a dry stone wall</h2>
        <p>The wall behind the orchard lost a stretch of its top course in the January gales, so this
        weekend I sorted the fallen stones by size and rebuilt it from the footings upwards.</p>
        <p>The hearting stones matter most: small pieces packed tightly between the two faces keep
        the wall from slumping when the ground freezes and thaws through the winter months.</p>
        </div></body></html>
        """;
    assertThat(cleaner.clean(page, "https://pebble.example/2021/wall").title())
        .isEqualTo("Mending a dry stone wall");
    // The same heading as the article's own headline, not a link home, stays the headline.
    String own =
        page.replace("<h1><a href=\"https://pebble.example/\">Pebble Notes</a></h1>", "")
            .replace(
                "<h2>Mending a dry stone wall</h2>",
                "<h1><a href=\"/2021/wall\">Mending a dry stone wall</a></h1>");
    assertThat(cleaner.clean(own, "https://pebble.example/2021/wall").title())
        .isEqualTo("Mending a dry stone wall");
    assertThat(
            HtmlPageCleaner.homeLink(
                Jsoup.parse("<h1><a href='/'>Pebble Notes</a></h1>").selectFirst("h1")))
        .isTrue();
    assertThat(
            HtmlPageCleaner.homeLink(
                Jsoup.parse("<h1><a href='/2021/wall'>Wall</a></h1>").selectFirst("h1")))
        .isFalse();
    assertThat(
            HtmlPageCleaner.homeLink(
                Jsoup.parse("<h1>Pebble <a href='/'>Notes</a> wall</h1>").selectFirst("h1")))
        .isFalse();
  }

  @Test
  void aCommentsHeadingQuotingTheHeadlineTakesItsSection() {
    String page =
        """
        <html><head><title>Why the village bakery opens at four in the morning</title></head><body>
        <div class="content"><h1>Why the village bakery opens at four in the morning</h1>
        <p>The ovens need two hours to reach the right heat, so the baker lights them long before
        the first customers arrive, as her father did for thirty years before her.</p>
        <p>By seven the shelves hold rye loaves, seeded rolls and the sweet buns the school children
        buy on their way past, and by noon most of them are gone again.</p>
        <h3>14 thoughts on \u201cWhy the village bakery opens at four in the morning\u201d</h3>
        <p>My grandmother used to queue there before work every single morning, and she always said
        the first loaf of the day tasted better than any other one.</p>
        <p>Lovely story, thank you for writing it. We drove past last summer and the smell of the
        bread reached the road long before we could see the shop itself.</p>
        </div></body></html>
        """;
    CleanedPage p = cleaner.clean(page, "https://bakery.example/four-am");
    assertThat(p.paragraphs()).hasSize(2);
    assertThat(p.body()).doesNotContain("grandmother").contains("ovens");
    assertThat(
            BlockClassifier.withoutHeadline(
                "3 replies to \u201cA long headline\u201d", "A long headline"))
        .isEqualTo("3 replies to \u201c\u2026\u201d");
  }

  @Test
  void theDeclaredArticleBodyBeatsLongerProseElsewhere() {
    String page =
        """
        <html><head><title>Library extends its opening hours</title></head><body>
        <h1>Library extends its opening hours</h1>
        <div itemprop="articleBody"><p>The town library will stay open until nine on weekday
        evenings from next month, the council said on Tuesday, after a survey of readers.</p>
        <p>Two new staff members will be hired to cover the later shifts, and the reading room on
        the first floor will be heated in the evenings for the first time. Readers asked most often
        for later hours on Thursdays, when the market closes early.</p></div>
        <div class="site-info"><p>The Weekly Gazette has served the valley since 1921. We are an
        independent newspaper owned by a trust, and every penny we earn goes back into reporting on
        the towns and villages of the valley, from council meetings to school sports days.</p>
        <p>Our newsroom is open to visitors on the first Monday of every month. You can reach the
        editors by letter at the address below or by telephone during office hours, and we read every
        message we receive, although we cannot always answer each one personally.</p></div>
        </body></html>
        """;
    CleanedPage p = cleaner.clean(page, "https://gazette.example/library");
    assertThat(p.body()).contains("nine on weekday").doesNotContain("newsroom");
  }

  @Test
  void aSingleArticleElementIsKeptWholeWhenItsDensestPartIsOnlyAPiece() {
    String links =
        "<ul>"
            + "<li><a href=\"/c/1\">Fix the tide table parser for leap years</a></li>".repeat(12)
            + "</ul>";
    String page =
        """
        <html><head><title>Release notes for March</title></head><body><nav><a href="/">Home</a></nav>
        <article><h1>Release notes for March</h1>
        <div class="intro"><p>This month the harbour timetable app gained offline maps, a faster start
        and a new layout for the departures board on small screens.</p>
        <p>Most of the work went into the tide tables, which now load from a file kept on the phone
        instead of the server, so they keep working far out at sea without any signal at all.</p></div>
        %s
        <div class="outro"><p>Thanks to everyone who reported problems with the tide tables during
        the winter; several of the fixes above came straight from those reports.</p>
        <p>The next release is planned for the end of April and will bring ferry fares into the app,
        together with a way to save favourite crossings for the daily commute.</p></div>
        </article></body></html>
        """
            .formatted(links);
    CleanedPage p = cleaner.clean(page, "https://harbour.example/notes/march");
    assertThat(p.body()).contains("offline maps").contains("ferry fares");
  }

  @Test
  void aRepeatedParagraphIsKeptOnceButRepeatedListItemsStay() {
    String appeal =
        "<p>Get our free weekly letter about gardens delivered to your inbox every Friday.</p>";
    String page =
        """
        <html><head><title>Planting garlic in autumn</title></head><body><div class="post">
        <h1>Planting garlic in autumn</h1>
        <p>Garlic needs a cold spell to split into cloves, so it goes into the ground in October or
        November, a hand's width apart and with the pointed end facing upwards.</p>
        %s
        <ul><li>Rake the soil and water the bed well</li><li>Rake the soil and water the bed well</li></ul>
        <p>By midsummer the leaves turn yellow, which is the sign that the bulbs are ready to lift and
        dry in a shed for a fortnight before they are stored for the winter.</p>
        %s
        </div></body></html>
        """
            .formatted(appeal, appeal);
    CleanedPage p = cleaner.clean(page, "https://garden.example/garlic");
    assertThat(p.paragraphs()).filteredOn(t -> t.startsWith("Get our free")).hasSize(1);
    assertThat(p.paragraphs()).filteredOn(t -> t.endsWith("water the bed well")).hasSize(2);
    assertThat(p.removed())
        .contains(
            new RemovedBlock(
                "Get our free weekly letter about gardens delivered to your inbox every Friday.",
                RemovalReason.DUPLICATE));
  }

  @Test
  void countsJapaneseTextAsProse() {
    String japanese =
        """
        <html><body>
        <div class="menu"><p><a href="/a">ホーム</a> <a href="/b">ニュース</a> <a href="/c">天気</a></p></div>
        <div class="story"><p>港の小さな渡し船が、嵐で壊れた桟橋の修理を終えて、三週間ぶりに運航を再開した。</p>
        <p>島の住民は、修理の間、町の漁船を借りて通勤していたという。</p></div>
        </body></html>
        """;
    CleanedPage page = cleaner.clean(japanese, "https://ferry.example/story");
    assertThat(page.paragraphs()).hasSize(2);
    assertThat(page.body()).contains("運航を再開した。").doesNotContain("ホーム");
  }

  @Test
  void aLinkedHeadingStaysUnlessItLinksToAnotherPageOfTheSite() {
    String page =
        """
        <html><head><title>Five sturdy wheelbarrows</title></head><body><div class="post">
        <h1>Five sturdy wheelbarrows</h1>
        <p><a href="#steel">Steel tubs</a> <a href="#wheels">Wheels</a></p>
        <h2><a href="https://maker-one.example/barrow">Millbrook steel tub barrow</a></h2>
        <p>A deep steel tub on a solid tyre that never goes flat, for heavy loads of soil, stone and
        wet leaves, though it weighs more than the others when it is empty.</p>
        <h2 id="wheels"><a href="#wheels">Two wheels or one</a></h2>
        <p>Two wheels keep a heavy load upright on a slope, while a single wheel turns more easily
        between narrow beds and round the corner of a shed or a greenhouse.</p>
        <h3><a href="/tools/spades">The spades we tested last spring</a></h3>
        <p>Our earlier test of eight spades, from border spades to heavy digging models.</p>
        </div></body></html>
        """;
    CleanedPage p = cleaner.clean(page, "https://garden.example/barrows");
    assertThat(p.paragraphs())
        .contains("Millbrook steel tub barrow", "Two wheels or one")
        .doesNotContain("The spades we tested last spring");
    assertThat(p.removed())
        .contains(
            new RemovedBlock("The spades we tested last spring", RemovalReason.RELATED_LINKS));
  }

  @Test
  void anAppealAfterTheArticlesLastLongParagraphGoes() {
    String page =
        """
        <html><head><title>Plum cake from the parish kitchen</title></head><body><div class="post">
        <h1>Plum cake from the parish kitchen</h1>
        <p>The cake is baked in a shallow tin, with the plums halved and pressed into a soft yeast
        dough, then sprinkled with butter crumbs and cinnamon before it goes into a hot oven for
        about forty minutes, until the fruit bubbles and the crumbs turn golden.</p>
        <p>The parish newsletter printed the recipe in 1952.</p>
        <p>Bakers in the village still argue about the crumbs: some add ground almonds and a pinch
        of salt, others swear by brown sugar alone, and everyone agrees that the plums must be the
        small late ones that come in September, stoned but never peeled before they are laid out.</p>
        <p>Enjoyed this recipe? Our free weekly letter brings the next one to your inbox.</p>
        <div>Email address *</div>
        </div></body></html>
        """;
    CleanedPage p = cleaner.clean(page, "https://kitchen.example/plum-cake");
    assertThat(p.paragraphs())
        .contains("The parish newsletter printed the recipe in 1952.")
        .noneMatch(t -> t.startsWith("Enjoyed this recipe") || t.startsWith("Email address"));
    assertThat(p.removed())
        .contains(
            new RemovedBlock(
                "Enjoyed this recipe? Our free weekly letter brings the next one to your inbox.",
                RemovalReason.PROMOTION),
            new RemovedBlock("Email address *", RemovalReason.PROMOTION));
  }
}
