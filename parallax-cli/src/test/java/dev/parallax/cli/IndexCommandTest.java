package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ArticleActors;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.search.SearchIndex;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parallax index}: builds a store's search index, or catches it up. */
class IndexCommandTest {
  @TempDir Path dir;

  private static ArticleResult article(String id, String body) {
    return new ArticleResult(
        new Article(
            id,
            "in/" + id + ".txt",
            "Harbour Gazette",
            "Title of " + id,
            PartialDate.parse("2025-03-04"),
            DateSource.METADATA,
            "en",
            body,
            List.of()),
        new ArticleActors(id, List.of()),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private long hits(Path index, String query) {
    try (SearchIndex i = SearchIndex.open(index)) {
      return i.search(SearchIndex.Request.of(query), null, 10).total();
    }
  }

  @Test
  void buildsTheIndexBesideTheStoreAndCatchesUpWithNewArticlesOnly() {
    Path db = dir.resolve("corpus.db");
    try (RelationalStore store = RelationalStore.open(db)) {
      store.save(article("a1", "The ferry sailed at dawn."));
      store.save(article("a2", "The ferry stayed in port."));
    }
    MainTest.Run built = MainTest.run("index", "--store", db.toString());
    assertThat(built.exit()).as(built.err()).isZero();
    Path index = dir.resolve("corpus.db.index");
    assertThat(built.out()).contains(index + ": 2 article changes applied", "(through change 2)");
    assertThat(hits(index, "ferry")).isEqualTo(2);

    try (RelationalStore store = RelationalStore.open(db)) {
      store.save(article("a3", "A second ferry sailed."));
    }
    MainTest.Run caught = MainTest.run("index", "--store", db.toString(), "--catch-up");
    assertThat(caught.out()).contains(": 1 article changes applied", "(through change 3)");
    assertThat(hits(index, "ferry AND sailed")).isEqualTo(2);

    // a rebuild applies every change again, into the folder --index names
    Path elsewhere = dir.resolve("elsewhere");
    MainTest.Run rebuilt =
        MainTest.run("index", "--store", db.toString(), "--index", elsewhere.toString());
    assertThat(rebuilt.out()).contains(elsewhere + ": 3 article changes applied");
    assertThat(hits(elsewhere, "ferry")).isEqualTo(3);
  }

  @Test
  void aMissingStoreIsAUsageErrorAndAnalyzeWantsAStoreForAnIndex() {
    MainTest.Run missing = MainTest.run("index", "--store", dir.resolve("none.db").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("cannot use --store", "no such file");
    assertThat(dir.resolve("none.db.index")).doesNotExist();

    MainTest.Run analyze =
        MainTest.run("analyze", "--index", dir.resolve("i").toString(), "--out", dir + "/o", "x");
    assertThat(analyze.exit()).isEqualTo(2);
    assertThat(analyze.err()).contains("--index is the search index of a store");
  }
}
