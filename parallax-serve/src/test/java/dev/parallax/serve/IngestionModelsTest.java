package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.resources.Rules;
import dev.parallax.store.StoreLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingestion with the real pipeline: CoreNLP loads once in the server and finds the names. */
@Tag("slow") // loads CoreNLP
class IngestionModelsTest {
  @TempDir Path dir;

  @Test
  void theRealPipelineAnalysesPostedArticlesIntoTheirStories() {
    Server.Ingest real =
        new Server.Ingest(new Ingestion.Settings(100, 64, 1000, 1 << 20), 2, Rules.bundled(), null);
    try (Server server =
        Feeds.serve(new StoreLocation.SqliteFile(dir.resolve("corpus.db")), real)) {
      JsonNode jobs =
          Feeds.post(server, Jsonl.mapper().createArrayNode().addAll(Feeds.three()).toString());
      List<JsonNode> done = new ArrayList<>();
      for (JsonNode job : jobs) {
        done.add(Feeds.awaitEnd(server, job.get("id").asText(), 600));
      }
      assertThat(done).allSatisfy(j -> assertThat(j.get("state").asText()).isEqualTo("done"));
      assertThat(done.get(0).get("story")).isEqualTo(done.get(1).get("story"));
      assertThat(done.get(2).get("story")).isNotEqualTo(done.get(0).get("story"));
      JsonNode article =
          Served.read(
              Http.get(server.port(), "/api/articles/" + done.get(0).get("article").asText())
                  .body());
      // names found by the models: Port Selden among the entities
      assertThat(article.get("entities").toString()).contains("Port Selden");
    }
  }
}
