package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per store: a second open fails at once naming the first; readers read meanwhile. */
class StoreLockTest {
  @TempDir Path dir;

  @Test
  void aSecondWriterFailsAtOnceNamingTheFirst() {
    Path file = dir.resolve("corpus.db");
    try (RelationalStore first = RelationalStore.open(file)) {
      assertThatThrownBy(() -> RelationalStore.open(file))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another analysis")
          .hasMessageContaining("pid " + ProcessHandle.current().pid())
          .hasMessageContaining("on host ")
          .hasMessageContaining("started ")
          .hasMessageContaining("corpus.db.lock");
      // the refused open left the first one's lock and store as they were
      first.save(StoredResults.full("a1"));
      assertThat(first.size()).isEqualTo(1);
    }
    try (RelationalStore again = RelationalStore.open(file)) {
      assertThat(again.size()).isEqualTo(1);
    }
  }

  @Test
  void theSameStoreNamedAnotherWayIsTheSameLock() {
    Path file = dir.resolve("corpus.db");
    try (RelationalStore first = RelationalStore.open(file)) {
      assertThatThrownBy(() -> RelationalStore.open(dir.resolve("sub/../corpus.db")))
          .hasMessageContaining("is in use");
    }
  }

  @Test
  void readersReadWhileTheWriterHoldsTheStore() throws SQLException {
    Path file = dir.resolve("corpus.db");
    try (RelationalStore writer = RelationalStore.open(file)) {
      writer.save(StoredResults.full("a1"));
      try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
          Statement s = reader.createStatement()) {
        try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
          assertThat(rs.getString(1)).isEqualTo("wal");
        }
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
          assertThat(rs.getInt(1)).isEqualTo(1);
        }
      }
      writer.save(StoredResults.full("a2"));
      assertThat(writer.size()).isEqualTo(2);
    }
  }
}
