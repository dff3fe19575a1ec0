package dev.parallax.store.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.parallax.store.StoreLocation;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the tests of the team store use: the one the standard environment names
 * ({@code PGHOST}, {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}, {@code PGDATABASE}, as
 * Debian's {@code pg_virtualenv} sets them; {@code .ci/run} runs the tests under it). Each {@link
 * #freshStore()} is a new schema in the server's database, named in the address ({@code
 * ?currentSchema=...}), so that a test store starts empty without creating a database.
 *
 * <p>Without a server the tests skip, saying why; under {@code CI=true} they fail instead, so that
 * CI cannot pass with the PostgreSQL tests silently skipped.
 */
public final class PostgresServer implements BeforeAllCallback {
  private static final AtomicInteger STORES = new AtomicInteger();
  private static final String RUN = Long.toString(ProcessHandle.current().pid());
  private static volatile String unavailable;
  private static volatile boolean checked;

  @Override
  public void beforeAll(ExtensionContext context) {
    String why = unavailable();
    if (why == null) {
      return;
    }
    String message =
        "PostgreSQL tests skipped: "
            + why
            + " (run them under Debian's pg_virtualenv, as .ci/run does: pg_virtualenv mvn -B"
            + " verify)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true, and " + message);
    }
    Assumptions.abort(message);
  }

  /** Why no server can be used, or null when one can. */
  private static synchronized String unavailable() {
    if (!checked) {
      checked = true;
      try (Connection db = connect(server())) {
        db.isValid(5);
      } catch (SQLException | IllegalArgumentException e) {
        unavailable =
            "no PostgreSQL server answers at " + server().display() + ": " + e.getMessage();
      }
    }
    return unavailable;
  }

  /** The server's database as the environment names it. */
  public static StoreLocation.Postgres server() {
    return (StoreLocation.Postgres) StoreLocation.parse("postgresql://");
  }

  /** An address naming a new, empty schema of the server's database. */
  public StoreLocation.Postgres freshStore() {
    String schema = "parallax_test_" + RUN + "_" + STORES.incrementAndGet();
    try (Connection db = connect(server());
        Statement s = db.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema " + schema + ": " + e, e);
    }
    return (StoreLocation.Postgres) StoreLocation.parse("postgresql:///?currentSchema=" + schema);
  }

  /** Runs SQL in the schema of a store made by {@link #freshStore()}. */
  public static void execute(StoreLocation.Postgres store, String sql) throws SQLException {
    try (Connection db = connect(store);
        Statement s = db.createStatement()) {
      s.execute(sql);
    }
  }

  /** A plain connection to {@code store} (no lock, no migration). */
  public static Connection connect(StoreLocation.Postgres store) throws SQLException {
    Properties props = store.properties();
    props.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(store.url(), props);
  }
}
