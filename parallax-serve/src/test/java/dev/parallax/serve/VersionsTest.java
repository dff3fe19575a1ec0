package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import dev.parallax.resources.Rules;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.Versions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-crawls are versions: the same url with a changed text replaces the article (in its story) and
 * keeps the earlier text as a version; the API and pages show the sentences added and removed. By
 * ingestion and by analyze --store alike.
 */
class VersionsTest {
  @TempDir Path dir;

  private static final String ADDED = "Talks between the union and the authority resume on Friday.";
  private static final String REMOVED_SENTENCE =
      "Ships waited outside the Port Selden breakwater as the strike entered its second day.";

  private static ObjectNode first() {
    return Feeds.three().get(0);
  }

  private static ObjectNode recrawled() {
    String text = Feeds.STRIKE_1.replace(" " + REMOVED_SENTENCE, "") + " " + ADDED;
    return first().deepCopy().put("text", text);
  }

  @Test
  void aPostedRecrawlIsANewVersionOfTheArticleInTheSameStory() throws SQLException {
    StoreLocation store = new StoreLocation.SqliteFile(dir.resolve("corpus.db"));
    String old;
    String latest;
    try (Server server = Feeds.serve(store, Feeds.modelFree(100))) {
      JsonNode jobs = Feeds.post(server, Feeds.three().get(1) + "\n" + first());
      Feeds.awaitEnd(server, jobs.get(0).get("id").asText(), 30);
      JsonNode v1 = Feeds.awaitEnd(server, jobs.get(1).get("id").asText(), 30);
      JsonNode v2 =
          Feeds.awaitEnd(
              server, Feeds.post(server, recrawled().toString()).get(0).get("id").asText(), 30);
      assertThat(v2.get("state").asText()).isEqualTo("done");
      old = v1.get("article").asText();
      latest = v2.get("article").asText();
      assertThat(latest).isNotEqualTo(old);
      assertThat(v2.get("story")).isEqualTo(v1.get("story"));
      // the earlier version is no longer an article of the corpus: its addresses lead to the latest
      Http.Answer moved = Http.get(server.port(), "/api/articles/" + old);
      assertThat(moved.status()).isEqualTo(301);
      assertThat(moved.header("Location")).isEqualTo("/api/articles/" + latest);
      assertThat(Http.get(server.port(), "/articles/" + old).header("Location"))
          .isEqualTo("/articles/" + latest);
      assertThat(Http.get(server.port(), "/api/articles/a0123456789abcdef").status())
          .isEqualTo(404);
      JsonNode article = Served.read(Http.get(server.port(), "/api/articles/" + latest).body());
      assertThat(article.get("versions")).hasSize(1);
      assertThat(article.get("versions").get(0).get("article").asText()).isEqualTo(old);
      assertThat(article.get("versions").get(0).get("saved").isTextual()).isTrue();
      JsonNode change = article.get("changes").get(0);
      assertThat(change.get("added").toString()).contains(ADDED).doesNotContain("Dock workers");
      assertThat(change.get("removed").toString()).contains("Ships waited outside");
      String story = v2.get("story").asText();
      JsonNode members =
          Served.read(Http.get(server.port(), "/api/stories/" + story).body())
              .get("story")
              .get("articles");
      assertThat(members.toString()).contains(latest).doesNotContain(old);
      Http.Answer storyPage = Http.get(server.port(), "/stories/" + story);
      assertThat(storyPage.body()).contains("/articles/" + latest + "#versions");
      Http.Answer page = Http.get(server.port(), "/articles/" + latest);
      assertThat(page.body()).contains("id=\"versions\"", ADDED, "Ships waited outside");
    }
    try (RelationalStore reader = RelationalStore.openReader(store)) {
      assertThat(reader.size()).isEqualTo(2);
    }
    // the text coverage read in the earlier version goes with it; the latest's is kept
    List<String> read = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("corpus.db"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT article FROM article_texts")) {
      while (rs.next()) {
        read.add(rs.getString(1));
      }
    }
    assertThat(read).hasSize(2).doesNotContain(old).contains(latest);
  }

  @Test
  void aRecrawlOfTheArticleThatFoundedItsStoryKeepsTheStorysId() {
    StoreLocation store = new StoreLocation.SqliteFile(dir.resolve("corpus.db"));
    try (Server server = Feeds.serve(store, Feeds.modelFree(100))) {
      JsonNode v1 =
          Feeds.awaitEnd(
              server, Feeds.post(server, first().toString()).get(0).get("id").asText(), 30);
      Feeds.awaitEnd(
          server,
          Feeds.post(server, Feeds.three().get(1).toString()).get(0).get("id").asText(),
          30);
      JsonNode v2 =
          Feeds.awaitEnd(
              server, Feeds.post(server, recrawled().toString()).get(0).get("id").asText(), 30);
      String story = v1.get("story").asText();
      assertThat(v2.get("story").asText()).isEqualTo(story);
      JsonNode members =
          Served.read(Http.get(server.port(), "/api/stories/" + story).body())
              .get("story")
              .get("articles");
      assertThat(members.toString())
          .contains(v2.get("article").asText())
          .doesNotContain(v1.get("article").asText());
    }
  }

  @Test
  void analyzeStoreKeepsVersionsAlikeAndUnchangedBytesAreANoOp() throws Exception {
    Path db = dir.resolve("corpus.db");
    Path v1 = Files.writeString(dir.resolve("v1.jsonl"), first() + "\n");
    Path v2 = Files.writeString(dir.resolve("v2.jsonl"), recrawled() + "\n");
    String latest = null;
    for (Path input : List.of(v1, v1, v2)) {
      try (RelationalStore store = RelationalStore.open(db)) {
        Rules rules = Rules.bundled();
        Analysis analysis =
            new Analysis(
                new Ingestor(Manifest.EMPTY, new IngestOptions(1 << 20)),
                new AnalysisOptions(dir.resolve("out"), Until.last(), 1, rules),
                store,
                Pipeline.withoutModels(Models.of(rules), store));
        analysis.run(List.of(input), Progress.NONE);
        assertThat(store.size()).isEqualTo(1);
        latest = store.results().get(0).record().id();
      }
    }
    try (RelationalStore store = RelationalStore.open(db)) {
      List<Versions.Version> versions = store.versionsOf(latest);
      assertThat(versions).hasSize(1);
      assertThat(versions.get(0).version()).isEqualTo(1);
      assertThat(versions.get(0).body()).contains(REMOVED_SENTENCE);
      assertThat(versions.get(0).supersededBy()).isEqualTo(latest);
    }
    // articles.jsonl of the last run lists the latest version only
    assertThat(Files.readAllLines(dir.resolve("out").resolve("articles.jsonl"))).hasSize(1);
  }

  @Test
  void sentencesAddedAndRemovedAreFoundWhateverTheSpacing() {
    Versions.Version v =
        new Versions.Version(
            "u", 1, "a1", null, null, "One.  Two is here.\n\nThree.", null, "t", "a2");
    List<Revisions.Change> changes = Revisions.of(List.of(v), "a2", "One. Two  is here. Four.");
    assertThat(changes).hasSize(1);
    assertThat(changes.get(0).added()).containsExactly("Four.");
    assertThat(changes.get(0).removed()).containsExactly("Three.");
  }
}
