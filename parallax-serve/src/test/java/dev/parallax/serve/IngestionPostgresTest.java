package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.Main;
import dev.parallax.model.ContentId;
import dev.parallax.model.Jsonl;
import dev.parallax.store.JobQueue;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.testing.PostgresServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Ingestion on a PostgreSQL store: the queue, the restart and the writer's name, as on SQLite. */
@Tag("slow") // needs a PostgreSQL server
class IngestionPostgresTest {
  @RegisterExtension static final PostgresServer SERVER = new PostgresServer();

  @TempDir Path dir;

  @Test
  void postedArticlesBecomeDoneAndAnalyzeOnTheStoreFailsNamingTheServer() throws Exception {
    StoreLocation.Postgres pg = SERVER.freshStore();
    Path input = Files.writeString(dir.resolve("frost.txt"), Feeds.FROST);
    try (Server server = Feeds.serve(pg, Feeds.modelFree(100))) {
      JsonNode jobs =
          Feeds.post(server, Jsonl.mapper().createArrayNode().addAll(Feeds.three()).toString());
      List<JsonNode> done = new ArrayList<>();
      for (JsonNode job : jobs) {
        done.add(Feeds.awaitEnd(server, job.get("id").asText(), 60));
      }
      assertThat(done).allSatisfy(j -> assertThat(j.get("state").asText()).isEqualTo("done"));
      assertThat(done.get(0).get("story")).isEqualTo(done.get(1).get("story"));
      String address = "http://127.0.0.1:" + server.port() + "/";
      assertThatThrownBy(() -> RelationalStore.open(pg))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("a Parallax server with ingestion at " + address);
      StringWriter err = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(new StringWriter(), true));
      cli.setErr(new PrintWriter(err, true));
      int exit =
          cli.execute(
              "analyze",
              "--store",
              pg.url().substring("jdbc:".length()),
              "--out",
              dir.resolve("out").toString(),
              input.toString());
      assertThat(exit).isEqualTo(2);
      assertThat(err.toString()).contains(address, "POST /api/articles");
    }
    // the server gone, analyze may write the store again
    RelationalStore.open(pg).close();
  }

  @Test
  void jobsLeftRunningByAStoppedServerAreDoneByTheNextOne() {
    StoreLocation.Postgres pg = SERVER.freshStore();
    List<String> ids = new ArrayList<>();
    try (RelationalStore writer = RelationalStore.open(pg);
        JobQueue queue = JobQueue.open(writer)) {
      List<JobQueue.Posted> posted = new ArrayList<>();
      for (ObjectNode a : Feeds.three()) {
        String id = ContentId.of('j', a.get("url").asText(), a.toString());
        ids.add(id);
        posted.add(new JobQueue.Posted(id, a.get("url").asText(), a.toString()));
      }
      queue.submit(posted, 10);
      assertThat(queue.claim(3)).hasSize(3);
    }
    try (Server server = Feeds.serve(pg, Feeds.modelFree(100))) {
      for (String id : ids) {
        assertThat(Feeds.awaitEnd(server, id, 60).get("state").asText()).isEqualTo("done");
      }
    }
  }
}
