package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.store.StoreLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * A user follows a saved search in a real browser ({@link Chromium}) on a server taking new
 * reports: the search's page lists the new reports with no console problem and links its Atom feed,
 * the next look finds nothing new, and after a re-crawl the new version is listed and the article's
 * page shows what changed.
 */
@Tag("slow")
class FollowBrowserTest {
  @TempDir Path dir;

  private WebDriver browser;

  @BeforeEach
  void start() {
    browser = Chromium.start();
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  private String page(Server server, String path) {
    browser.get("http://127.0.0.1:" + server.port() + path);
    return browser.findElement(By.tagName("main")).getText();
  }

  @Test
  void aSavedSearchIsFollowedInTheBrowser() {
    try (Server server =
        Feeds.serve(new StoreLocation.SqliteFile(dir.resolve("corpus.db")), Feeds.modelFree(100))) {
      Http.Answer saved =
          Http.post(
              server.port(),
              "/api/searches",
              "application/json",
              "{\"name\":\"strike\",\"query\":\"strike\"}");
      assertThat(saved.status()).as(saved.body()).isEqualTo(201);
      JsonNode jobs =
          Feeds.post(server, Jsonl.mapper().createArrayNode().addAll(Feeds.three()).toString());
      String first = null;
      for (JsonNode j : jobs) {
        JsonNode done = Feeds.awaitEnd(server, j.get("id").asText(), 30);
        first = first == null ? done.get("article").asText() : first;
      }

      String news = page(server, "/searches/strike");
      assertThat(Chromium.consoleProblems(browser)).isEmpty();
      assertThat(news).contains("Dockers strike", "Strike goes on").doesNotContain("Frost hits");
      assertThat(browser.findElements(By.cssSelector("a[href='/feeds/strike.atom']"))).hasSize(1);
      assertThat(page(server, "/searches/strike")).contains("Nothing new matches.");

      // a re-crawl of the first report: new on the search's page, its changes on its own
      JsonNode recrawl =
          Feeds.post(
              server,
              Feeds.three()
                  .get(0)
                  .deepCopy()
                  .put("text", Feeds.STRIKE_1 + " The strike ended on Friday.")
                  .toString());
      String latest =
          Feeds.awaitEnd(server, recrawl.get(0).get("id").asText(), 30).get("article").asText();
      page(server, "/searches/strike");
      assertThat(browser.findElements(By.cssSelector("a[href='/articles/" + latest + "']")))
          .isNotEmpty();
      assertThat(browser.findElement(By.tagName("main")).getText())
          .doesNotContain("Strike goes on");
      String article = page(server, "/articles/" + latest);
      assertThat(Chromium.consoleProblems(browser)).isEmpty();
      assertThat(article).contains("The strike ended on Friday.");
      assertThat(browser.findElements(By.id("versions"))).hasSize(1);
      assertThat(browser.getPageSource()).contains(first);
    }
  }
}
