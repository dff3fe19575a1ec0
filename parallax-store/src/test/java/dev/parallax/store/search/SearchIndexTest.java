package dev.parallax.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.EntityType;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Speaker;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index over a small hand-written corpus in an SQLite store. */
class SearchIndexTest {
  @TempDir Path dir;
  private RelationalStore store;

  /** An article of this test, with an actor code mentioned and one quote. */
  static ArticleResult article(
      String id,
      String outlet,
      String date,
      String title,
      String body,
      String actor,
      String quote) {
    Article a =
        new Article(
            id,
            "in/" + id + ".html",
            outlet,
            title,
            date == null ? null : PartialDate.parse(date),
            date == null ? null : DateSource.METADATA,
            "en",
            body,
            List.of());
    List<ActorMention> mentions = new ArrayList<>();
    if (actor != null) {
      mentions.add(
          new ActorMention(
              0,
              4,
              body.substring(0, 4),
              0,
              ActorKey.country(actor),
              actor,
              EntityType.COUNTRY,
              actor,
              ActorMention.How.NAME));
    }
    List<ExtractedQuote> quotes = new ArrayList<>();
    if (quote != null) {
      int at = body.indexOf(quote);
      quotes.add(
          new ExtractedQuote(
              new Quote(
                  "q" + id,
                  id,
                  new Speaker(null, "a spokesman"),
                  quote,
                  at,
                  at + quote.length(),
                  QuoteKind.DIRECT,
                  "said"),
              null,
              null,
              null));
    }
    return new ArticleResult(
        a, new ArticleActors(id, mentions), List.of(), quotes, List.of(), List.of());
  }

  @BeforeEach
  void store() {
    store = RelationalStore.open(new StoreLocation.SqliteFile(dir.resolve("corpus.db")));
    store.save(
        article(
            "a1",
            "Harbour Gazette",
            "2025-01-10",
            "Port closed after storm",
            "RURG officials closed the northern port. \"The harbour stays shut until the storm"
                + " passes,\" a spokesman said. Ferries waited at sea.",
            "RUR",
            "The harbour stays shut until the storm passes"));
    store.save(
        article(
            "a2",
            "Valley Post",
            "2025-02-03",
            "Storm moves inland",
            "FREE traders said the storm moved inland. The port reopened on Tuesday.",
            "FRE",
            null));
    store.save(
        article(
            "a3",
            "Harbour Gazette",
            "2025-02-20",
            "<script>alert(1)</script> Talks resume",
            "RURG and FREE envoys met. <b onmouseover=x()>Talks</b> about the port resumed.",
            "RUR",
            null));
    store.save(
        article("a4", null, null, "Undated note", "Nothing about ships here at all.", null, null));
  }

  @org.junit.jupiter.api.AfterEach
  void close() {
    store.close();
  }

  private SearchIndex caughtUp() {
    SearchIndex index = SearchIndex.open(dir.resolve("corpus.db.index"));
    index.catchUp(store);
    return index;
  }

  private static List<String> ids(SearchIndex.Page page) {
    return page.hits().stream().map(SearchIndex.Hit::id).toList();
  }

  @Test
  void wordsPhrasesAndBooleansFindTheirArticlesNewestFirst() {
    try (SearchIndex index = caughtUp()) {
      assertThat(ids(index.search(SearchIndex.Request.of("port"), null, 10)))
          .containsExactly("a3", "a2", "a1");
      // every word must match unless joined by OR
      assertThat(ids(index.search(SearchIndex.Request.of("port ferries"), null, 10)))
          .containsExactly("a1");
      assertThat(ids(index.search(SearchIndex.Request.of("ferries OR inland"), null, 10)))
          .containsExactly("a2", "a1");
      assertThat(ids(index.search(SearchIndex.Request.of("\"port reopened\""), null, 10)))
          .containsExactly("a2");
      assertThat(ids(index.search(SearchIndex.Request.of("\"reopened port\""), null, 10)))
          .isEmpty();
      assertThat(ids(index.search(SearchIndex.Request.of("port -storm"), null, 10)))
          .containsExactly("a3");
      // quotes and titles are searched, and a field can be named
      assertThat(ids(index.search(SearchIndex.Request.of("quote:harbour"), null, 10)))
          .containsExactly("a1");
      assertThat(ids(index.search(SearchIndex.Request.of("title:inland"), null, 10)))
          .containsExactly("a2");
      // blank: every article, the undated one last
      assertThat(ids(index.search(SearchIndex.Request.of(""), null, 10)))
          .containsExactly("a3", "a2", "a1", "a4");
    }
  }

  @Test
  void aQueryThatDoesNotParseIsRefusedWithTheParsersReason() {
    try (SearchIndex index = caughtUp()) {
      assertThatThrownBy(() -> index.search(SearchIndex.Request.of("\"open phrase"), null, 10))
          .isInstanceOf(SearchIndex.BadQuery.class)
          .hasMessageStartingWith("the query does not parse: ");
      assertThatThrownBy(() -> index.search(SearchIndex.Request.of("port AND"), null, 10))
          .isInstanceOf(SearchIndex.BadQuery.class);
      assertThatThrownBy(() -> index.search(SearchIndex.Request.of("*ort"), null, 10))
          .isInstanceOf(SearchIndex.BadQuery.class);
      assertThatThrownBy(() -> index.search(SearchIndex.Request.of("port"), "not!a cursor", 10))
          .isInstanceOf(SearchIndex.BadQuery.class);
    }
  }

  @Test
  void filtersByOutletActorDateAndLanguage() {
    try (SearchIndex index = caughtUp()) {
      SearchIndex.Request gazette =
          new SearchIndex.Request("port", Set.of("Harbour Gazette"), null, null, null, null);
      assertThat(ids(index.search(gazette, null, 10))).containsExactly("a3", "a1");
      SearchIndex.Request free = new SearchIndex.Request("port", null, "FR", null, null, null);
      assertThat(ids(index.search(free, null, 10))).containsExactly("a2");
      SearchIndex.Request february =
          new SearchIndex.Request("", null, null, "2025-02", "2025-02", null);
      assertThat(ids(index.search(february, null, 10))).containsExactly("a3", "a2");
      SearchIndex.Request untilJanuary10 =
          new SearchIndex.Request("", null, null, null, "2025-01-10", null);
      assertThat(ids(index.search(untilJanuary10, null, 10))).containsExactly("a1");
      SearchIndex.Request french = new SearchIndex.Request("", null, null, null, null, "fr");
      assertThat(ids(index.search(french, null, 10))).isEmpty();
    }
  }

  @Test
  void highlightsAreTextPiecesAndMarkupInTheTextStaysText() {
    try (SearchIndex index = caughtUp()) {
      SearchIndex.Hit hit = index.search(SearchIndex.Request.of("talks"), null, 10).hits().get(0);
      assertThat(hit.id()).isEqualTo("a3");
      List<Highlighted.Piece> body = hit.body().get(0).pieces();
      assertThat(body.stream().filter(Highlighted.Piece::match).map(Highlighted.Piece::text))
          .containsExactly("Talks");
      // the markup around the match is text in its own pieces, for the page to escape
      assertThat(hit.body().get(0).text()).contains("<b onmouseover=x()>Talks</b>");
      assertThat(hit.titleHighlights().get(0).text())
          .isEqualTo("<script>alert(1)</script> Talks resume");

      SearchIndex.Hit quoted =
          index.search(SearchIndex.Request.of("\"storm passes\""), null, 10).hits().get(0);
      assertThat(quoted.quotes()).hasSize(1);
      assertThat(
              quoted.quotes().get(0).pieces().stream()
                  .filter(Highlighted.Piece::match)
                  .map(Highlighted.Piece::text)
                  .collect(Collectors.joining("|")))
          .isEqualTo("storm passes");
    }
  }

  @Test
  void aCursorPagesThroughEveryHitOnce() {
    try (SearchIndex index = caughtUp()) {
      List<String> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        SearchIndex.Page page = index.search(SearchIndex.Request.of(""), cursor, 3);
        assertThat(page.total()).isEqualTo(4);
        seen.addAll(ids(page));
        cursor = page.next();
        pages++;
      } while (cursor != null);
      assertThat(seen).containsExactly("a3", "a2", "a1", "a4");
      assertThat(pages).isEqualTo(2);
      // an exact last page has no next cursor
      assertThat(index.search(SearchIndex.Request.of(""), null, 4).next()).isNull();

      List<String> all = new ArrayList<>();
      index.forEach(SearchIndex.Request.of("port"), h -> all.add(h.id()));
      assertThat(all).containsExactly("a3", "a2", "a1");
    }
  }

  @Test
  void theSummaryCountsOutletsActorsAndMonthsAgainstAllArticles() {
    try (SearchIndex index = caughtUp()) {
      Counts.Summary s = index.summary(SearchIndex.Request.of("port"));
      assertThat(s.total()).isEqualTo(3);
      assertThat(s.outlets())
          .containsExactly(
              java.util.Map.entry("Harbour Gazette", 2L), java.util.Map.entry("Valley Post", 1L));
      assertThat(s.actors()).containsEntry("RUR", 2L).containsEntry("FRE", 1L);
      assertThat(s.months())
          .containsExactly(java.util.Map.entry("2025-01", 1L), java.util.Map.entry("2025-02", 2L));
      assertThat(s.allByMonth()).containsEntry("2025-02", 2L);
      assertThat(s.shareByMonth()).containsEntry("2025-02", 1.0);

      Counts.Summary storm = index.summary(SearchIndex.Request.of("storm"));
      assertThat(storm.shareByMonth()).containsEntry("2025-02", 0.5).containsEntry("2025-01", 1.0);
    }
  }

  @Test
  void aCatchUpAppliesOnlyTheChangesAfterTheLastOneItSaw() {
    try (SearchIndex index = caughtUp()) {
      long through = index.through();
      assertThat(through).isEqualTo(store.lastChange());
      assertThat(index.catchUp(store)).isEqualTo(new SearchIndex.CatchUp(0, through));

      store.save(
          article(
              "a5", "Valley Post", "2025-03-01", "Ferries return", "Ferries sailed.", null, null));
      assertThat(index.catchUp(store)).isEqualTo(new SearchIndex.CatchUp(1, through + 1));
      assertThat(ids(index.search(SearchIndex.Request.of("ferries"), null, 10)))
          .containsExactly("a5", "a1");
    }
    // a reopened index remembers where it was; a rebuild applies everything again
    try (SearchIndex index = SearchIndex.open(dir.resolve("corpus.db.index"))) {
      assertThat(index.catchUp(store).changes()).isZero();
      assertThat(index.rebuild(store)).isEqualTo(new SearchIndex.CatchUp(5, store.lastChange()));
      assertThat(index.search(SearchIndex.Request.of(""), null, 10).total()).isEqualTo(5);
    }
  }

  @Test
  void theIndexOfAnSqliteStoreIsTheFolderBesideItAndAnOptionWins() {
    Path file = dir.resolve("x/corpus.db");
    assertThat(SearchIndex.location(new StoreLocation.SqliteFile(file), null))
        .isEqualTo(file.toAbsolutePath().resolveSibling("corpus.db.index"));
    assertThat(SearchIndex.location(new StoreLocation.SqliteFile(file), dir.resolve("i")))
        .isEqualTo(dir.resolve("i"));
  }
}
