package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.model.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads a rendered report in Debian's headless Chromium, opened on a fact's fragment, and checks
 * the DOM after the page's script ran: stories, timeline, outlet columns, the fact's span marked,
 * and no trace of the markup planted in the articles. Skips when {@code /usr/bin/chromium} is
 * absent.
 */
@Tag("slow") // drives a browser
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path dir;
  private static Document dom;

  @BeforeAll
  static void openInChromium() throws IOException, InterruptedException {
    if (!Files.isExecutable(CHROMIUM)) {
      return; // each test then skips
    }
    ReportData run = ReportFixture.plus(ReportFixture.run(true), ReportFixture.hostile());
    Path page = dir.resolve("report.html");
    Files.writeString(page, HtmlReport.render(run), StandardCharsets.UTF_8);
    Quote marr = ReportFixture.MARR;
    String url = page.toUri() + HtmlWriter.factHref(marr.article(), marr.start(), marr.end());
    dom = Jsoup.parse(dump(url));
  }

  @BeforeEach
  void needsChromium() {
    assumeTrue(dom != null, "Debian's chromium is not installed at " + CHROMIUM);
  }

  private static String dump(String url) throws IOException, InterruptedException {
    Path dumped = dir.resolve("dom.html");
    Process chromium =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")),
                    "--virtual-time-budget=5000",
                    "--dump-dom",
                    url))
            .redirectOutput(dumped.toFile())
            .redirectError(dir.resolve("chromium.log").toFile())
            .start();
    if (!chromium.waitFor(120, TimeUnit.SECONDS)) {
      chromium.destroyForcibly();
      throw new IllegalStateException("chromium did not finish within 120 s");
    }
    assertThat(chromium.exitValue()).as("chromium exit code").isZero();
    return Files.readString(dumped, StandardCharsets.UTF_8);
  }

  @Test
  void showsStoriesTimelineAndOutletColumns() {
    assertThat(dom.select("#stories li").eachText())
        .contains("Harbour strike ends", "Freedonia shuts Sylvanian consulate");
    assertThat(dom.select("table.dated tbody tr")).hasSize(2);
    assertThat(dom.select("table.undated tbody tr")).hasSize(2);
    assertThat(dom.select("#story-s-consulate .outlet > h3").eachText())
        .containsExactly("North Wire", "Sylvania Today", "unknown outlet");
  }

  @Test
  void theFragmentsFactIsMarkedInItsArticle() {
    Element viewer = dom.getElementById("px-viewer");
    assertThat(viewer.hasAttr("hidden")).isFalse();
    assertThat(dom.getElementById("px-viewer-head").text()).contains("Sylvania Today");
    // UTF-16 offsets: the body starts with a character outside the BMP
    assertThat(dom.select("#px-viewer-body mark").text()).isEqualTo(ReportFixture.MARR.text());
    assertThat(dom.select("a.fact.px-active").eachText())
        .contains(ReportFixture.MARR.text(), "[1]");
    // stories are collapsed; the one holding the fact was opened for it, the others stay closed
    Element fact = dom.select("section.story a.fact.px-active").first();
    assertThat(fact).isNotNull();
    Element story = fact.parents().select("details").first();
    assertThat(story.hasAttr("open")).isTrue();
    assertThat(dom.select("section.story > details:not([open])")).isNotEmpty();
  }

  @Test
  void plantedMarkupStaysText() {
    assertThat(dom.body().hasAttr("data-pwned")).isFalse();
    assertThat(dom.select("img, #pwned")).isEmpty();
    assertThat(dom.select("section.story h2").eachText()).contains(ReportFixture.ATTACK);
  }
}
