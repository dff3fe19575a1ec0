package dev.parallax.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.actors.ArticleActors;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.search.SearchIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The search page and API over the test corpus's search index. */
class ServeSearchTest {
  @RegisterExtension static final Served served = new Served();

  private static List<String> ids(JsonNode answer) {
    List<String> out = new ArrayList<>();
    answer.get("hits").forEach(h -> out.add(h.get("id").asText()));
    return out;
  }

  /** The matched pieces' texts of a list of passages. */
  private static List<String> matches(JsonNode passages) {
    List<String> out = new ArrayList<>();
    passages.forEach(
        f ->
            f.forEach(
                p -> {
                  if (p.get("match").asBoolean()) {
                    out.add(p.get("text").asText());
                  }
                }));
    return out;
  }

  @Test
  void findsWordsPhrasesAndQuotesNewestFirstWithMatchesMarked() {
    JsonNode harbour = served.json("/api/search?q=harbour");
    assertThat(harbour.get("total").asLong()).isEqualTo(2);
    assertThat(ids(harbour)).containsExactly(TestCorpus.A2, TestCorpus.A1);
    JsonNode first = harbour.get("hits").get(0);
    assertThat(matches(first.get("body"))).containsExactly("harbour");
    assertThat(first.get("outlet").asText()).isEqualTo(TestCorpus.TIMES);
    assertThat(first.get("story").asText()).isEqualTo(TestCorpus.S1);

    JsonNode phrase = served.json("/api/search?q=%22ice+clears%22");
    assertThat(ids(phrase)).containsExactly(TestCorpus.A1);
    assertThat(matches(phrase.get("hits").get(0).get("quotes"))).containsExactly("ice clears");
    assertThat(ids(served.json("/api/search?q=%22clears+ice%22"))).isEmpty();
    assertThat(ids(served.json("/api/search?q=harbour+-rimland"))).containsExactly(TestCorpus.A1);
    assertThat(ids(served.json("/api/search?q=fishing+OR+quarrel")))
        .containsExactly(TestCorpus.A2, TestCorpus.A3);
  }

  @Test
  void aQueryThatDoesNotParseIsA400ThatSaysWhy() {
    Http.Answer api = served.get("/api/search?q=%22harbour");
    assertThat(api.status()).isEqualTo(400);
    assertThat(Served.read(api.body()).get("error").asText())
        .startsWith("the query does not parse");
    Http.Answer page = served.get("/search?q=harbour+AND");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("id=\"search-error\"", "the query does not parse");
    assertThat(served.get("/api/search?q=harbour&cursor=abc").status()).isEqualTo(400);
    assertThat(served.get("/api/search?q=harbour&cursor=no*way").status()).isEqualTo(400);
    assertThat(served.get("/api/search?q=harbour&limit=101").status()).isEqualTo(400);
    assertThat(served.get("/api/search?q=harbour&format=xml").status()).isEqualTo(400);
    assertThat(served.get("/api/search?q=harbour&sort=date").status()).isEqualTo(400);
    assertThat(served.get("/api/search?q=" + "a".repeat(1001)).status()).isEqualTo(400);
  }

  @Test
  void filtersNarrowTheHitsAndFacetsCountThem() {
    assertThat(ids(served.json("/api/search?q=valdoria&outlet=Coastal+Times")))
        .containsExactly(TestCorpus.A2, TestCorpus.A3);
    // the directory defines no group: groups are countries
    assertThat(ids(served.json("/api/search?q=valdoria&group=VL"))).containsExactly(TestCorpus.A1);
    assertThat(ids(served.json("/api/search?q=valdoria&actor=VLD"))).containsExactly(TestCorpus.A1);
    assertThat(ids(served.json("/api/search?q=valdoria&from=2025-03-05")))
        .containsExactly(TestCorpus.A2);
    assertThat(ids(served.json("/api/search?q=valdoria&to=2024"))).containsExactly(TestCorpus.A3);
    assertThat(served.get("/api/search?q=valdoria&from=2025&to=2024").status()).isEqualTo(400);

    JsonNode all = served.json("/api/search?q=valdoria");
    assertThat(all.get("outlets").toString())
        .isEqualTo(
            "[{\"outlet\":\"Coastal Times\",\"count\":2},{\"outlet\":\"Harbour Gazette\",\"count\":1}]");
    assertThat(all.get("groups_are").asText()).isEqualTo("country");
    assertThat(all.get("actors").get(0).get("actor").asText()).isEqualTo("VLDGOV");
    // every month from the first to the last hit, with its share of all the month's articles
    JsonNode attention = all.get("attention");
    assertThat(attention).hasSize(5);
    assertThat(attention.get(0).toString())
        .isEqualTo("{\"month\":\"2024-11\",\"count\":1,\"all\":1,\"share\":1.0}");
    assertThat(attention.get(1).get("count").asLong()).isZero();
    assertThat(attention.get(4).toString())
        .isEqualTo("{\"month\":\"2025-03\",\"count\":2,\"all\":2,\"share\":1.0}");
    JsonNode gazette = served.json("/api/search?q=valdoria&outlet=Harbour+Gazette");
    assertThat(gazette.get("attention").get(0).get("share").asDouble()).isEqualTo(0.5);
  }

  @Test
  void aCursorPagesThroughEveryHitOnce() {
    List<String> seen = new ArrayList<>();
    String path = "/api/search?q=valdoria&limit=2";
    JsonNode page = served.json(path);
    seen.addAll(ids(page));
    assertThat(page.get("next").isNull()).isFalse();
    JsonNode second = served.json(path + "&cursor=" + page.get("next").asText());
    seen.addAll(ids(second));
    assertThat(second.get("next").isNull()).isTrue();
    assertThat(seen).containsExactly(TestCorpus.A2, TestCorpus.A1, TestCorpus.A3);
  }

  @Test
  void thePageEscapesTextThatCarriesMarkupAndLinksEachHitToItsArticleAndStory() {
    Http.Answer page = served.get("/search?q=owned");
    assertThat(page.status()).isEqualTo(200);
    String body = page.body();
    assertThat(body).doesNotContain("<script>alert", "<b onclick", "<i>closed");
    assertThat(body)
        .contains("&lt;script&gt;alert(", "<mark>owned</mark>")
        .contains("href=\"/articles/" + TestCorpus.A1 + "\"")
        .contains("href=\"/stories/" + TestCorpus.S1 + "\"")
        .contains("id=\"attention\"", "id=\"top-outlets\"")
        .contains("href=\"/api/search?q=owned&amp;format=csv\"");
    // the API marks matches as data and writes markup as \\u escapes
    Http.Answer api = served.get("/api/search?q=owned");
    assertThat(api.body()).doesNotContain("<script>", "<b ");
    assertThat(served.get("/search").body()).contains("<strong>3</strong> articles");
  }

  @Test
  void everyPageHasTheSearchFormInItsHeader() {
    for (String path :
        List.of("/stories", "/stories/" + TestCorpus.S1, "/articles/" + TestCorpus.A1)) {
      assertThat(served.get(path).body())
          .as(path)
          .contains("<form method=\"get\" action=\"/search\" role=\"search\">");
    }
  }

  @Test
  void theCsvHoldsEveryHitWithFormulaLikeTextDefused() {
    Http.Answer csv = served.get("/api/search?q=valdoria&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0]).isEqualTo("id,published,outlet,title,language,source,story");
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).startsWith(TestCorpus.A2 + ",2025-03-05,Coastal Times,Harbour shut,en,");
    assertThat(lines[2]).contains("\"Harbour <i>closed</i> <script>alert('owned')</script>");
    assertThat(served.get("/api/search?q=valdoria&format=csv&limit=5").status()).isEqualTo(400);
  }

  @Test
  void theServersKeeperCatchesTheIndexUpWithArticlesSavedWhileItRuns(@TempDir Path dir) {
    StoreLocation location = TestCorpus.write(dir.resolve("corpus.db"));
    StringWriter log = new StringWriter();
    try (SearchIndex index = SearchIndex.open(dir.resolve("corpus.db.index"));
        IndexKeeper keeper =
            new IndexKeeper(RelationalStore.openReader(location), index, new PrintWriter(log))) {
      assertThat(keeper.catchUp().changes()).isEqualTo(3);
      try (RelationalStore writer = RelationalStore.open(location)) {
        writer.save(
            new ArticleResult(
                TestCorpus.article(
                    "a000000000000a004",
                    TestCorpus.TIMES,
                    "Icebreaker sails",
                    "2025-03-06",
                    "An icebreaker left Valdoria."),
                new ArticleActors("a000000000000a004", List.of()),
                List.of(),
                List.of(),
                List.of(),
                List.of()));
      }
      assertThat(keeper.catchUp().changes()).isEqualTo(1);
      assertThat(keeper.catchUp().changes()).isZero();
      assertThat(index.search(SearchIndex.Request.of("icebreaker"), null, 5).total()).isEqualTo(1);
      assertThat(log.toString()).contains("search index caught up: 1 article changes");
    }
  }
}
