package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.store.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user follows a saved search in a real browser (headless chromium): the search's page lists the
 * new reports with no console error, the next look finds nothing new, and after a re-crawl the
 * article's page shows what changed.
 */
@Tag("slow")
class ChromiumFollowTest {
  @TempDir Path dir;

  @Test
  void aSavedSearchIsFollowedInTheBrowser() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(ChromiumPagesTest.CHROMIUM), "no /usr/bin/chromium");
    try (Server server =
        Feeds.serve(new StoreLocation.SqliteFile(dir.resolve("corpus.db")), Feeds.modelFree(100))) {
      Http.Answer saved =
          Http.post(
              server.port(),
              "/api/searches",
              "application/json",
              "{\"name\":\"strike\",\"query\":\"strike\"}");
      assertThat(saved.status()).isEqualTo(201);
      JsonNode jobs =
          Feeds.post(server, Jsonl.mapper().createArrayNode().addAll(Feeds.three()).toString());
      String article = null;
      for (JsonNode j : jobs) {
        JsonNode done = Feeds.awaitEnd(server, j.get("id").asText(), 30);
        article = article == null ? done.get("article").asText() : article;
      }
      ChromiumPagesTest.Loaded first =
          ChromiumPagesTest.load(dir, server.port(), "/searches/strike");
      assertThat(first.console()).isEmpty();
      assertThat(first.dom()).contains("Dockers strike", "Strike goes on", "/feeds/strike.atom");
      assertThat(first.dom()).doesNotContain("Frost hits vines");
      ChromiumPagesTest.Loaded again =
          ChromiumPagesTest.load(dir, server.port(), "/searches/strike");
      assertThat(again.dom()).contains("Nothing new matches.");
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
      ChromiumPagesTest.Loaded news =
          ChromiumPagesTest.load(dir, server.port(), "/searches/strike");
      assertThat(news.dom()).contains("/articles/" + latest).doesNotContain("Strike goes on");
      ChromiumPagesTest.Loaded page =
          ChromiumPagesTest.load(dir, server.port(), "/articles/" + latest);
      assertThat(page.console()).isEmpty();
      assertThat(page.dom()).contains("The strike ended on Friday.", article, "id=\"versions\"");
    }
  }
}
