package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.RuleTables;
import dev.parallax.resources.Rules;
import dev.parallax.store.StoreLocation;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following a dispute, over HTTP: a saved search, what newly matches it since its user looked (page
 * and API), its Atom feed read by a real feed parser (Rome), and its weekly blindspot digest.
 */
class FollowTest {
  @TempDir Path dir;

  private Server server;

  @BeforeEach
  void outletGroups() throws Exception {
    Path outlets = Files.createDirectories(dir.resolve("rules/outlets")).resolve("outlets.tsv");
    Files.writeString(
        outlets,
        "id\tname\taliases\tdomains\tcountry\tgroup\n"
            + "HARB\tHarbour News\t\tharbour-news.example\tNL\tnorth\n"
            + "COAST\tCoast Daily\t\tcoast-daily.example\tNL\tnorth\n"
            + "VALLEY\tValley Post\t\tvalley-post.example\tSL\tsouth\n");
  }

  private Server start() {
    Rules rules = RuleTables.layered(dir.resolve("rules"), List.of());
    return Feeds.serve(
        new StoreLocation.SqliteFile(dir.resolve("corpus.db")), Feeds.modelFree(100, rules));
  }

  private void feed(List<ObjectNode> articles) {
    JsonNode jobs =
        Feeds.post(server, Jsonl.mapper().createArrayNode().addAll(articles).toString());
    for (JsonNode j : jobs) {
      assertThat(Feeds.awaitEnd(server, j.get("id").asText(), 30).get("state").asText())
          .isEqualTo("done");
    }
  }

  private Http.Answer save(String body) {
    return Http.post(server.port(), "/api/searches", "application/json", body);
  }

  private SyndFeed atom(String name) throws Exception {
    Http.Answer a = Http.get(server.port(), "/feeds/" + name + ".atom");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/atom+xml");
    return new SyndFeedInput().build(new StringReader(a.body()));
  }

  @Test
  void aSavedSearchShowsWhatIsNewSinceLookedInItsPageApiAndAtomFeed() throws Exception {
    try (Server s = start()) {
      server = s;
      Http.Answer saved = save("{\"name\":\"strike\",\"query\":\"Port Selden strike\"}");
      assertThat(saved.status()).as(saved.body()).isEqualTo(201);
      feed(Feeds.three());
      JsonNode news = Served.read(Http.get(server.port(), "/api/searches/strike").body());
      assertThat(news.get("articles")).hasSize(2);
      assertThat(news.get("articles").toString()).contains("Dockers strike", "Strike goes on");
      assertThat(news.get("articles").toString()).doesNotContain("Frost hits vines");

      SyndFeed feed = atom("strike");
      assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
      assertThat(feed.getEntries()).hasSize(2);
      for (SyndEntry e : feed.getEntries()) {
        assertThat(e.getLink()).matches("http://127\\.0\\.0\\.1:\\d+/articles/a[0-9a-f]{16}");
        assertThat(e.getUpdatedDate()).isNotNull();
      }

      // the page shows both, and looking marks them seen
      String page = Http.get(server.port(), "/searches/strike").body();
      assertThat(page).contains("Dockers strike", "Strike goes on").doesNotContain("Frost hits");
      assertThat(Http.get(server.port(), "/searches/strike").body())
          .contains("Nothing new matches.");
      // a new report of the strike, with markup in its title: new, escaped, a feed entry
      String title = "Strike <script>alert(1)</script> & \"talks\"";
      feed(
          List.of(
              Feeds.article(
                  "https://coast-daily.example/strike-3",
                  "Coast Daily",
                  title,
                  Feeds.STRIKE_2 + " The Port Selden strike ended on Thursday.")));
      String after = Http.get(server.port(), "/searches/strike").body();
      assertThat(after).contains("Strike &lt;script&gt;").doesNotContain("<script>alert");
      assertThat(after).doesNotContain("Dockers strike");
      SyndFeed grown = atom("strike");
      assertThat(grown.getEntries()).hasSize(3);
      assertThat(grown.getEntries().get(0).getTitle()).isEqualTo(title);
      // the API's news: nothing new since the page was looked at
      assertThat(
              Served.read(Http.get(server.port(), "/api/searches/strike").body()).get("articles"))
          .isEmpty();
      // the API marks seen too
      feed(
          List.of(
              Feeds.article(
                  "https://harbour-news.example/strike-4",
                  "Harbour News",
                  "Cranes move again",
                  "The cranes of Port Selden moved again after the strike ended.")));
      assertThat(
              Served.read(Http.get(server.port(), "/api/searches/strike").body()).get("articles"))
          .hasSize(1);
      assertThat(
              Http.post(server.port(), "/api/searches/strike/seen", "application/json", "")
                  .status())
          .isEqualTo(200);
      assertThat(
              Served.read(Http.get(server.port(), "/api/searches/strike").body()).get("articles"))
          .isEmpty();
      assertThat(Served.read(Http.get(server.port(), "/api/searches").body()).get("searches"))
          .hasSize(1);
    }
  }

  @Test
  void theWeeklyDigestListsTheSearchsStoriesOneOutletGroupAloneCarried() {
    try (Server s = start()) {
      server = s;
      assertThat(save("{\"name\":\"all-nov\",\"from\":\"2026-11\"}").status()).isEqualTo(201);
      feed(Feeds.three());
      JsonNode digest =
          Served.read(
              Http.get(server.port(), "/api/searches/all-nov/blindspots?week=2026-11-05").body());
      assertThat(digest.get("from").asText()).isEqualTo("2026-10-30");
      // the strike: Harbour News and Coast Daily, both north; the frost: Valley Post, south
      assertThat(digest.get("stories")).hasSize(2);
      assertThat(digest.get("stories").toString()).contains("[\"north\"]", "[\"south\"]");
      JsonNode none =
          Served.read(
              Http.get(server.port(), "/api/searches/all-nov/blindspots?week=2026-12-01").body());
      assertThat(none.get("stories")).isEmpty();
      // a southern outlet carries the strike too: no longer a blindspot
      feed(
          List.of(
              Feeds.article(
                  "https://valley-post.example/strike",
                  "Valley Post",
                  "Harbour strike",
                  Feeds.STRIKE_1 + " Valley growers worry about exports.")));
      JsonNode after =
          Served.read(
              Http.get(server.port(), "/api/searches/all-nov/blindspots?week=2026-11-05").body());
      assertThat(after.get("stories")).hasSize(1);
      assertThat(after.get("stories").toString()).contains("[\"south\"]");
      assertThat(Http.get(server.port(), "/searches/all-nov?week=2026-11-05").body())
          .contains("Blindspots of the week 2026-10-30 – 2026-11-05", "only south");
    }
  }

  @Test
  void aSavedQueryReadsAsTheSearchPageReadsIt() {
    try (Server s = start()) {
      server = s;
      Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
      // a phrase: only the report with the words side by side
      expected.put("\\\"cranes idle\\\"", List.of("Strike goes on"));
      // boolean: OR, NOT (words as written: "crane" is not "cranes")
      expected.put("frost OR cranes", List.of("Strike goes on", "Frost hits"));
      expected.put("strike NOT tuesday", List.of("Dockers strike"));
      // a quote or title field, and case
      expected.put("title:VINES", List.of("Frost hits"));
      int n = 0;
      for (String query : expected.keySet()) {
        Http.Answer saved = save("{\"name\":\"q" + n++ + "\",\"query\":\"" + query + "\"}");
        assertThat(saved.status()).as(saved.body()).isEqualTo(201);
      }
      feed(Feeds.three());
      n = 0;
      for (Map.Entry<String, List<String>> e : expected.entrySet()) {
        JsonNode news = Served.read(Http.get(server.port(), "/api/searches/q" + n++).body());
        List<String> titles = new java.util.ArrayList<>();
        news.get("articles").forEach(a -> titles.add(a.get("title").asText()));
        assertThat(titles).as(e.getKey()).hasSameSizeAs(e.getValue());
        e.getValue().forEach(t -> assertThat(titles).as(e.getKey()).anyMatch(x -> x.startsWith(t)));
      }
    }
  }

  @Test
  void badSearchesAreRefusedWithTheReason() {
    try (Server s = start()) {
      server = s;
      Map<String, String> bodies = new java.util.LinkedHashMap<>();
      bodies.put("{\"name\":\"x\",\"color\":\"red\"}", "unknown field \"color\"");
      bodies.put("{\"name\":\"a b\",\"query\":\"x\"}", "name");
      bodies.put("{\"name\":\"x\"}", "a query or at least one filter");
      bodies.put("{\"name\":\"x\",\"actor\":\"rus\"}", "\"actor\" is not valid");
      bodies.put("{\"name\":\"x\",\"from\":\"2026-12\",\"to\":\"2026-01\"}", "after");
      bodies.put("{\"name\":\"x\",\"query\":3}", "must be a string");
      bodies.put("[]", "one JSON object");
      bodies.put("{\"name\":\"x\",\"query\":\"\\\"unclosed phrase\"}", "does not parse");
      for (Map.Entry<String, String> b : bodies.entrySet()) {
        Http.Answer a = save(b.getKey());
        assertThat(a.status()).as(b.getKey()).isEqualTo(400);
        assertThat(Served.read(a.body()).get("error").asText()).contains(b.getValue());
      }
      assertThat(Http.get(server.port(), "/feeds/nothing.atom").status()).isEqualTo(404);
      assertThat(Http.get(server.port(), "/feeds/x.rss").status()).isEqualTo(404);
      assertThat(Http.get(server.port(), "/searches/nothing").status()).isEqualTo(404);
      assertThat(
              Http.get(server.port(), "/api/searches/nothing/blindspots?week=2026-11-05").status())
          .isEqualTo(404);
    }
  }
}
