package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.Rejection;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.stories.StoryIndex;
import dev.parallax.stories.StoryIndexState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest {
  @TempDir Path dir;

  @Test
  void savedResultsReadBackEqualAndEncodeToTheSameBytes() {
    Path file = dir.resolve("sub/corpus.db");
    List<ArticleResult> saved = List.of(StoredResults.full("a1"), StoredResults.full("a2"));
    try (SqliteStore store = SqliteStore.open(file)) {
      assertThat(store.results()).isEmpty();
      saved.forEach(store::save);
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      List<ArticleResult> loaded = store.results();

      assertThat(store.size()).isEqualTo(2);
      assertThat(loaded).isEqualTo(saved);
      for (int i = 0; i < saved.size(); i++) {
        assertThat(ResultCodec.encode(loaded.get(i))).isEqualTo(ResultCodec.encode(saved.get(i)));
      }
    }
  }

  @Test
  void theArticleIsStoredAsItsArticlesJsonlLine() throws SQLException {
    Path file = dir.resolve("corpus.db");
    ArticleResult result = StoredResults.full("a1");
    try (SqliteStore store = SqliteStore.open(file)) {
      store.save(result);
    }
    String stored = queryOne(file, "SELECT article FROM articles WHERE id = 'a1'");
    assertThat(stored).isEqualTo(dev.parallax.model.Jsonl.line(result.record()));
    assertThat(stored).contains("Mira Kovač", "🚢", "\"published_from\":\"inferred\"");
  }

  @Test
  void storyStateReadsBackWithItsStoryIds() throws SQLException {
    Path file = dir.resolve("corpus.db");
    StoryIndexState state =
        new StoryIndexState(List.of(List.of("a2", "a1"), List.of("a3")), List.of("a2", "a3", "a1"));
    try (SqliteStore store = SqliteStore.open(file)) {
      assertThat(store.stories()).isEqualTo(StoryIndexState.EMPTY);
      List.of("a1", "a2", "a3").forEach(id -> store.save(StoredResults.full(id)));
      store.saveStories(new StoryIndexState(List.of(List.of("a1")), List.of("a1")));
      store.saveStories(state);
    }
    try (SqliteStore store = SqliteStore.open(file)) {
      assertThat(store.stories()).isEqualTo(state);
    }
    assertThat(queryOne(file, "SELECT story_id FROM story_members WHERE article = 'a1'"))
        .isEqualTo(StoryIndex.storyIdOf("a2"));
  }

  @Test
  void storiesNameOnlyStoredArticles() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("corpus.db"))) {
      StoryIndexState unknown = new StoryIndexState(List.of(List.of("zz")), List.of("zz"));

      assertThatThrownBy(() -> store.saveStories(unknown)).isInstanceOf(StoreException.class);
      assertThat(store.stories()).isEqualTo(StoryIndexState.EMPTY);
    }
  }

  @Test
  void onlyExtractedArticlesAreSaved() {
    try (SqliteStore store = SqliteStore.open(dir.resolve("corpus.db"))) {
      ArticleResult rejection =
          ArticleResult.of(new Rejection("r1", "x.txt", "empty input", "decode"), List.of());

      assertThatThrownBy(() -> store.save(rejection)).isInstanceOf(IllegalArgumentException.class);
      store.save(StoredResults.full("a1"));
      assertThatThrownBy(() -> store.save(StoredResults.full("a1")))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("a1");
    }
  }

  @Test
  void aStoreFromANewerSchemaIsRefusedWithTheReason() throws SQLException {
    Path file = dir.resolve("corpus.db");
    SqliteStore.open(file).close();
    execute(file, "UPDATE meta SET value = '99' WHERE key = 'schema_version'");

    assertThatThrownBy(() -> SqliteStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("newer Parallax")
        .hasMessageContaining("99");
  }

  @Test
  void otherFilesAreNotTakenForAStore() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just words");
    Path other = dir.resolve("other.db");
    execute(other, "CREATE TABLE things (x INTEGER)");

    assertThatThrownBy(() -> SqliteStore.open(text))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(text.toString());
    assertThatThrownBy(() -> SqliteStore.open(other))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("not a Parallax store");
    assertThat(Files.readString(text)).isEqualTo("not a database at all, just words");
  }

  private static void execute(Path file, String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private static String queryOne(Path file, String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
