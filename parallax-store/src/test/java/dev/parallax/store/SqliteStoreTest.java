package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite, and what only a store in a file can meet. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;
  private int stores;

  @Override
  StoreLocation freshStore() {
    return new StoreLocation.SqliteFile(dir.resolve("s" + ++stores + ".db"));
  }

  @Override
  void execute(StoreLocation store, String sql) throws SQLException {
    execute(((StoreLocation.SqliteFile) store).file(), sql);
  }

  @Override
  String queryOne(StoreLocation store, String sql) throws SQLException {
    try (Connection db = connect(((StoreLocation.SqliteFile) store).file());
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  void aMissingFolderIsMadeForANewStore() {
    Path file = dir.resolve("new/sub/corpus.db");
    try (RelationalStore store = RelationalStore.open(file)) {
      store.save(StoredResults.full("a1"));
    }
    assertThat(file).isRegularFile();
  }

  @Test
  void otherFilesAreNotTakenForAStore() throws Exception {
    Path text = Files.writeString(dir.resolve("notes.db"), "not a database at all, just words");

    assertThatThrownBy(() -> RelationalStore.open(text))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(text.toString());
    assertThat(Files.readString(text)).isEqualTo("not a database at all, just words");
  }

  @Test
  void theFileIsInWriteAheadLogMode() throws SQLException {
    StoreLocation location = freshStore();
    RelationalStore.open(location).close();

    assertThat(queryOne(location, "PRAGMA journal_mode")).isEqualTo("wal");
  }

  /**
   * The reads of every stored article's later columns, a run's load without the texts and a save's
   * compare of the corpus columns, scan the index that holds them (v22), not each row's overflow
   * pages; a load with the texts reads the rows.
   */
  @Test
  void theArticlesCorpusColumnsAreReadFromTheirIndex() throws SQLException {
    StoreLocation location = freshStore();
    RelationalStore.open(location).close();
    String covering = "COVERING INDEX articles_corpus_columns";
    assertThat(plan(location, RelationalStore.resultsQuery(true, false))).contains(covering);
    assertThat(
            plan(
                location,
                "SELECT id, "
                    + String.join(", ", RecordTables.ARTICLE_CORPUS_COLUMNS)
                    + " FROM articles"))
        .contains(covering);
    assertThat(plan(location, RelationalStore.resultsQuery(true, true))).doesNotContain(covering);
  }

  /** SQLite's plan of {@code sql}, its lines joined. */
  private static String plan(StoreLocation store, String sql) throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection db = connect(((StoreLocation.SqliteFile) store).file());
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
      while (rs.next()) {
        out.append(rs.getString(4)).append('\n');
      }
    }
    return out.toString();
  }

  private static void execute(Path file, String sql) throws SQLException {
    try (Connection db = connect(file);
        Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  private static Connection connect(Path file) throws SQLException {
    return DriverManager.getConnection("jdbc:sqlite:" + file);
  }
}
