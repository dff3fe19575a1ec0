package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.testing.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The store contract on PostgreSQL, on the server the environment names (see {@link
 * PostgresServer}: skipped without one, failed under {@code CI=true}).
 */
@Tag("slow") // needs a PostgreSQL server
class PostgresStoreTest extends StoreContract {
  @RegisterExtension static final PostgresServer SERVER = new PostgresServer();

  @Override
  StoreLocation freshStore() {
    return SERVER.freshStore();
  }

  @Override
  void execute(StoreLocation store, String sql) throws SQLException {
    PostgresServer.execute((StoreLocation.Postgres) store, sql);
  }

  @Override
  String queryOne(StoreLocation store, String sql) throws SQLException {
    try (Connection db = PostgresServer.connect((StoreLocation.Postgres) store);
        Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  @Test
  void storesInTwoSchemasHaveTheirOwnWriters() {
    try (RelationalStore one = RelationalStore.open(freshStore());
        RelationalStore two = RelationalStore.open(freshStore())) {
      one.save(StoredResults.full("a1"));
      two.save(StoredResults.full("a1"));
      assertThat(one.size()).isEqualTo(1);
      assertThat(two.size()).isEqualTo(1);
    }
  }

  @Test
  void theScoresKeepTheirDoublePrecision() throws SQLException {
    StoreLocation location = freshStore();
    RelationalStore.open(location).close();

    assertThat(
            queryOne(
                location,
                "SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = 'events'"
                    + " AND column_name = 'goldstein'"))
        .isEqualTo("double precision");
  }
}
