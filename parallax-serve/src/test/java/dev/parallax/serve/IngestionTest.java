package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.cli.Main;
import dev.parallax.model.Jsonl;
import dev.parallax.store.JobQueue;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreException;
import dev.parallax.store.StoreLocation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A server with ingestion, for real over HTTP: posted articles become done, are stored and join
 * their stories; a repeat finds its first job; bad posts are refused with the reason; a full queue
 * answers 429; queued and running jobs survive a restart; while the server runs, analyze on its
 * store fails naming it. The pipeline is the model-free one (the real one: {@link
 * IngestionModelsTest}).
 */
class IngestionTest {
  @TempDir Path dir;

  private StoreLocation store() {
    return new StoreLocation.SqliteFile(dir.resolve("corpus.db"));
  }

  private static String array(List<ObjectNode> articles) {
    return Jsonl.mapper().createArrayNode().addAll(articles).toString();
  }

  @Test
  void postedArticlesAreAnsweredAtOnceThenBecomeDoneAndJoinTheirStories() {
    try (Server server = Feeds.serve(store(), Feeds.modelFree(100))) {
      JsonNode jobs = Feeds.post(server, array(Feeds.three()));
      assertThat(jobs).hasSize(3);
      List<JsonNode> done = new ArrayList<>();
      for (JsonNode job : jobs) {
        assertThat(job.get("state").asText()).isIn("queued", "running", "done");
        assertThat(job.get("posted_before").asBoolean()).isFalse();
        done.add(Feeds.awaitEnd(server, job.get("id").asText(), 30));
      }
      for (JsonNode job : done) {
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("done");
        String article = job.get("article").asText();
        assertThat(Http.get(server.port(), "/api/articles/" + article).status()).isEqualTo(200);
        assertThat(job.get("story").isTextual()).as(job.toString()).isTrue();
      }
      // the two reports of the strike are one story, the frost another
      assertThat(done.get(0).get("story")).isEqualTo(done.get(1).get("story"));
      assertThat(done.get(2).get("story")).isNotEqualTo(done.get(0).get("story"));
      JsonNode story =
          Served.read(
              Http.get(server.port(), "/api/stories/" + done.get(0).get("story").asText()).body());
      assertThat(story.get("story").get("articles").toString())
          .contains(done.get(0).get("article").asText(), done.get(1).get("article").asText());
      // searchable once done: the index caught up after the batch
      JsonNode found = Served.read(Http.get(server.port(), "/api/search?q=vineyards").body());
      assertThat(found.get("total").asInt()).isEqualTo(1);
      assertThat(found.toString()).contains(done.get(2).get("article").asText());
    }
    // stored: a reader after the server sees them
    try (RelationalStore reader = RelationalStore.openReader(store())) {
      assertThat(reader.size()).isEqualTo(3);
    }
  }

  @Test
  void theSameArticlePostedAgainFindsItsFirstJobAndChangedTextIsANewJob() {
    try (Server server = Feeds.serve(store(), Feeds.modelFree(100))) {
      ObjectNode strike = Feeds.three().get(0);
      String first = Feeds.post(server, strike.toString()).get(0).get("id").asText();
      Feeds.awaitEnd(server, first, 30);
      JsonNode again = Feeds.post(server, strike.toString()).get(0);
      assertThat(again.get("id").asText()).isEqualTo(first);
      assertThat(again.get("posted_before").asBoolean()).isTrue();
      assertThat(again.get("state").asText()).isEqualTo("done");
      // JSON Lines, twice the same in one post: one job
      JsonNode twice = Feeds.post(server, strike + "\n" + strike + "\n");
      assertThat(twice.get(0).get("id")).isEqualTo(twice.get(1).get("id"));
      ObjectNode changed = strike.deepCopy().put("text", Feeds.STRIKE_1 + " Talks resume today.");
      assertThat(Feeds.post(server, changed.toString()).get(0).get("id").asText())
          .isNotEqualTo(first);
    }
  }

  @Test
  void badPostsAreRefusedNamingTheArticleAndFieldAndNothingIsQueued() {
    try (Server server = Feeds.serve(store(), Feeds.modelFree(100))) {
      ObjectNode good = Feeds.three().get(0);
      Map<String, String> bodies = new java.util.LinkedHashMap<>();
      bodies.put("", "the body is empty");
      bodies.put("{not json", "not JSON");
      bodies.put("[1]", "not a JSON object");
      bodies.put(good.deepCopy().put("author", "x").toString(), "unknown field \"author\"");
      bodies.put(good.deepCopy().without("url").toString(), "no \"url\"");
      bodies.put(good.deepCopy().put("url", "ftp://x.example/a").toString(), "http or https");
      bodies.put(good.deepCopy().put("url", "javascript:alert(1)").toString(), "http or https");
      bodies.put(good.deepCopy().put("html", "<p>x</p>").toString(), "not both");
      bodies.put(good.deepCopy().without("text").toString(), "no \"html\" or \"text\"");
      bodies.put(good.deepCopy().put("published", "last week").toString(), "published");
      ObjectNode numeric = good.deepCopy();
      numeric.put("title", 7);
      bodies.put(numeric.toString(), "\"title\" must be a string");
      bodies.put(
          array(List.of(good, good.deepCopy().put("url", "nope"))), "article 2: \"url\" must be");
      bodies.put(good.deepCopy().put("text", "x".repeat((1 << 20) + 1)).toString(), "larger than");
      for (Map.Entry<String, String> b : bodies.entrySet()) {
        Http.Answer a = Http.post(server.port(), "/api/articles", "application/json", b.getKey());
        assertThat(a.status()).as(b.getValue()).isEqualTo(400);
        assertThat(Served.read(a.body()).get("error").asText()).contains(b.getValue());
      }
      Http.Answer form =
          Http.post(server.port(), "/api/articles", "application/x-www-form-urlencoded", "a=1");
      assertThat(form.status()).isEqualTo(415);
      Http.Answer crossSite =
          Http.send(
              server.port(),
              "POST",
              "/api/articles",
              Map.of("Content-Type", "application/json", "Sec-Fetch-Site", "cross-site"),
              good.toString());
      assertThat(crossSite.status()).isEqualTo(403);
      assertThat(
              Http.post(server.port(), "/api/outlets", "application/json", good.toString())
                  .status())
          .isEqualTo(405);
      assertThat(Http.get(server.port(), "/api/jobs/j0000000000000000").status()).isEqualTo(404);
      assertThat(Http.get(server.port(), "/api/jobs/<script>").status()).isEqualTo(400);
    }
    // nothing of the refused posts was queued: the store holds no job
    try (RelationalStore writer = RelationalStore.open(store());
        JobQueue queue = JobQueue.open(writer)) {
      assertThat(queue.waiting()).isZero();
      String id = dev.parallax.model.ContentId.of('j', "https://harbour-news.example/strike", "x");
      assertThat(queue.job(id)).isEmpty();
    }
  }

  @Test
  void aFullQueueAnswers429WithRetryAfterAndQueuesNothingOfThePost() {
    try (Server server = Feeds.serve(store(), Feeds.modelFree(2))) {
      Http.Answer a =
          Http.post(server.port(), "/api/articles", "application/json", array(Feeds.three()));
      assertThat(a.status()).isEqualTo(429);
      assertThat(Long.parseLong(a.header("Retry-After"))).isPositive();
      assertThat(Served.read(a.body()).get("error").asText()).contains("queue is full");
      JsonNode jobs = Feeds.post(server, array(Feeds.three().subList(0, 2)));
      assertThat(jobs).hasSize(2);
      assertThat(Feeds.awaitEnd(server, jobs.get(1).get("id").asText(), 30).get("state").asText())
          .isEqualTo("done");
    }
  }

  @Test
  void jobsQueuedOrLeftRunningByAStoppedServerAreDoneByTheNextOne() throws Exception {
    // a server that took three articles and died while analysing two of them
    List<String> ids = new ArrayList<>();
    try (RelationalStore writer = RelationalStore.open(store());
        JobQueue queue = JobQueue.open(writer)) {
      List<JobQueue.Posted> posted = new ArrayList<>();
      for (ObjectNode a : Feeds.three()) {
        String id = dev.parallax.model.ContentId.of('j', a.get("url").asText(), a.toString());
        ids.add(id);
        posted.add(new JobQueue.Posted(id, a.get("url").asText(), a.toString()));
      }
      assertThat(queue.submit(posted, 10).full()).isFalse();
      assertThat(queue.claim(2)).hasSize(2);
      assertThat(queue.job(ids.get(0)).orElseThrow().state()).isEqualTo(JobQueue.RUNNING);
    }
    try (Server server = Feeds.serve(store(), Feeds.modelFree(100))) {
      for (String id : ids) {
        assertThat(Feeds.awaitEnd(server, id, 30).get("state").asText()).isEqualTo("done");
      }
    }
  }

  @Test
  void analyzeOnTheStoreOfARunningServerFailsAtOnceNamingTheServer() throws Exception {
    Path input = Files.writeString(dir.resolve("frost.txt"), Feeds.FROST);
    try (Server server = Feeds.serve(store(), Feeds.modelFree(100))) {
      StringWriter err = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(new StringWriter(), true));
      cli.setErr(new PrintWriter(err, true));
      long started = System.nanoTime();
      int exit =
          cli.execute(
              "analyze",
              "--store",
              dir.resolve("corpus.db").toString(),
              "--out",
              dir.resolve("out").toString(),
              input.toString());
      assertThat(exit).isEqualTo(2);
      assertThat((System.nanoTime() - started) / 1e9).isLessThan(20);
      assertThat(err.toString())
          .contains(
              "a Parallax server with ingestion at http://127.0.0.1:" + server.port() + "/",
              "POST /api/articles");
    }
    // the server gone, the store is free
    RelationalStore.open(store()).close();
  }

  @Test
  void aServerWithoutIngestionTakesNoPostsAndLeavesTheStoreToItsWriter() {
    RelationalStore.open(store()).close();
    try (Server server = Feeds.serve(store(), null)) {
      Http.Answer a = Http.post(server.port(), "/api/articles", "application/json", Feeds.FROST);
      assertThat(a.status()).isEqualTo(405);
      assertThat(Http.get(server.port(), "/api/jobs/j1").status()).isEqualTo(405);
      RelationalStore.open(store()).close();
    }
  }

  @Test
  void beyondLoopbackAPostNeedsTheToken() {
    String token = "feed-token-0123456789";
    try (Server server =
        Feeds.serve(store(), new Security("0.0.0.0", token), Feeds.modelFree(100))) {
      String body = Feeds.three().get(2).toString();
      assertThat(Http.post(server.port(), "/api/articles", "application/json", body).status())
          .isEqualTo(401);
      Http.Answer a = Http.postWithToken(server.port(), "/api/articles", body, token);
      assertThat(a.status()).isEqualTo(202);
    }
  }

  @Test
  void publicReadsOpenReadsButNotPosts() {
    String token = "feed-token-0123456789";
    String body = Feeds.three().get(2).toString();
    try (Server server =
        Feeds.serve(store(), new Security("0.0.0.0", token, true), Feeds.modelFree(100))) {
      assertThat(Http.get(server.port(), "/api/stories").status()).isEqualTo(200);
      assertThat(Http.get(server.port(), "/stories").status()).isEqualTo(200);
      assertThat(Http.post(server.port(), "/api/articles", "application/json", body).status())
          .isEqualTo(401);
    }
    // without a token a public server reads and takes no posts at all
    try (Server server =
        Feeds.serve(store(), new Security("0.0.0.0", null, true), Feeds.modelFree(100))) {
      assertThat(Http.get(server.port(), "/api/outlets").status()).isEqualTo(200);
      Http.Answer refused = Http.postWithToken(server.port(), "/api/articles", body, token);
      assertThat(refused.status()).isEqualTo(401);
    }
  }

  @Test
  void aSecondServerWithIngestionOnTheStoreIsRefusedNamingTheFirst() {
    try (Server server = Feeds.serve(store(), Feeds.modelFree(100))) {
      assertThatThrownBy(() -> Feeds.serve(store(), Feeds.modelFree(100)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("http://127.0.0.1:" + server.port() + "/");
    }
  }
}
