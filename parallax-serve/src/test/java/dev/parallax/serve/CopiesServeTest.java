package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.store.StoreLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 6 through {@code serve --ingest}: a report posted later that carries a stored
 * report's text under another outlet and address is a copy of it, and the article API says so.
 */
class CopiesServeTest {
  @TempDir Path dir;

  @Test
  void aPostedCarriageOfAStoredReportIsItsCopyInTheApi() {
    StoreLocation store = new StoreLocation.SqliteFile(dir.resolve("corpus.db"));
    try (Server server = Feeds.serve(store, Feeds.modelFree(100))) {
      JsonNode original =
          Feeds.awaitEnd(
              server,
              Feeds.post(server, Feeds.three().get(0).toString()).get(0).get("id").asText(),
              30);
      String carriage =
          Feeds.article(
                  "https://inland-ledger.example/news/dock-strike",
                  "Inland Ledger",
                  "Dockers strike",
                  "PORT SELDEN (Harbour News) - " + Feeds.STRIKE_1)
              .toString();
      JsonNode copy =
          Feeds.awaitEnd(server, Feeds.post(server, carriage).get(0).get("id").asText(), 30);
      assertThat(copy.get("state").asText()).isEqualTo("done");
      String originalId = original.get("article").asText();
      String copyId = copy.get("article").asText();

      JsonNode copied =
          Served.read(Http.get(server.port(), "/api/articles/" + copyId).body()).get("article");
      JsonNode first =
          Served.read(Http.get(server.port(), "/api/articles/" + originalId).body()).get("article");
      assertThat(copied.get("copy_of").asText()).isEqualTo(originalId);
      assertThat(first.get("copy_of").isNull()).isTrue();
      assertThat(copy.get("story")).isEqualTo(original.get("story"));
    }
  }
}
