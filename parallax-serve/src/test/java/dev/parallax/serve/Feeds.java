package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resources.Rules;
import dev.parallax.store.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the ingestion tests post and how they watch it: articles we wrote of two invented happenings
 * (a dock strike in Port Selden, a vineyard frost in Carvel), a server with ingestion over the
 * model-free pipeline ({@link Pipeline#withoutModels}), and a wait for a job to end.
 */
final class Feeds {
  private Feeds() {}

  static final String STRIKE_1 =
      "Dock workers in Port Selden walked off the job on Monday, halting every crane at the"
          + " container terminal. The dockers union said the strike over night shift pay would"
          + " last until the harbour authority reopened talks. Ships waited outside the Port"
          + " Selden breakwater as the strike entered its second day.";
  static final String STRIKE_2 =
      "The strike at the Port Selden container terminal continued on Tuesday as dock workers"
          + " kept the cranes idle. The harbour authority said it would not reopen talks on night"
          + " shift pay while the dockers union kept up the strike. More ships queued outside the"
          + " breakwater of Port Selden.";
  static final String FROST =
      "A late frost in the Carvel valley destroyed much of the spring growth in the vineyards,"
          + " growers said on Wednesday. Wine makers in Carvel expect the smallest harvest in"
          + " twenty years, and the valley cooperative asked the regional council for help with"
          + " frost fans and heaters.";

  /** One article record of the JSON Lines input format. */
  static ObjectNode article(String url, String outlet, String title, String text) {
    ObjectNode a = Jsonl.mapper().createObjectNode();
    a.put("url", url);
    a.put("outlet", outlet);
    a.put("published", "2026-11-02");
    a.put("title", title);
    a.put("text", text);
    return a;
  }

  static List<ObjectNode> three() {
    return List.of(
        article("https://harbour-news.example/strike", "Harbour News", "Dockers strike", STRIKE_1),
        article("https://coast-daily.example/strike-2", "Coast Daily", "Strike goes on", STRIKE_2),
        article("https://valley-post.example/frost", "Valley Post", "Frost hits vines", FROST));
  }

  /** Ingestion over the model-free pipeline, at most {@code capacity} jobs waiting. */
  static Server.Ingest modelFree(int capacity) {
    return modelFree(capacity, Rules.bundled());
  }

  /** Ingestion over the model-free pipeline with {@code rules} (an outlet directory of a test). */
  static Server.Ingest modelFree(int capacity, Rules rules) {
    return new Server.Ingest(
        new Ingestion.Settings(capacity, 64, 1000, 1 << 20),
        1,
        rules,
        store -> Pipeline.withoutModels(Models.of(rules), store));
  }

  /** A server with {@code ingest} (or none) on a free loopback port, no token. */
  static Server serve(StoreLocation store, Server.Ingest ingest) {
    return serve(store, new Security("127.0.0.1", null), ingest);
  }

  /**
   * A server on a free loopback port behind {@code security}, its search index in a new folder:
   * beside a store file (in the test's own folder, removed with it), else a temporary one.
   */
  static Server serve(StoreLocation store, Security security, Server.Ingest ingest) {
    try {
      Path index =
          store instanceof StoreLocation.SqliteFile f
              ? Files.createTempDirectory(f.file().toAbsolutePath().getParent(), "index")
              : Files.createTempDirectory("parallax-feed-index");
      return Server.start(
          store,
          security,
          "127.0.0.1",
          0,
          ingest,
          new Server.Index(index, 0, new PrintWriter(new StringWriter())));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The jobs a post of {@code body} was answered with (202 asserted). */
  static JsonNode post(Server server, String body) {
    Http.Answer a = Http.post(server.port(), "/api/articles", "application/json", body);
    assertThat(a.status()).as(a.body()).isEqualTo(202);
    return Served.read(a.body()).get("jobs");
  }

  /** The job once done or rejected, waiting up to {@code seconds}. */
  static JsonNode awaitEnd(Server server, String job, int seconds) {
    long until = System.nanoTime() + seconds * 1_000_000_000L;
    while (true) {
      Http.Answer a = Http.get(server.port(), "/api/jobs/" + job);
      assertThat(a.status()).as(a.body()).isEqualTo(200);
      JsonNode j = Served.read(a.body());
      String state = j.get("state").asText();
      if (state.equals("done") || state.equals("rejected")) {
        return j;
      }
      if (System.nanoTime() > until) {
        throw new AssertionError("job " + job + " still " + state + " after " + seconds + " s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
