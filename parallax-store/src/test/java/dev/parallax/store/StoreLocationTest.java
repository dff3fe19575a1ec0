package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreLocationTest {
  private static final Map<String, String> NO_ENV = Map.of();

  @Test
  void aPathIsAnSqliteFile() {
    assertThat(StoreLocation.parse("corpus.db", NO_ENV))
        .isEqualTo(new StoreLocation.SqliteFile(Path.of("corpus.db")));
    assertThat(StoreLocation.parse("data/2026: autumn.db", NO_ENV))
        .isEqualTo(new StoreLocation.SqliteFile(Path.of("data/2026: autumn.db")));
  }

  @Test
  void theThreePostgresqlSpellingsNameOneDatabase() {
    StoreLocation.Postgres expected =
        new StoreLocation.Postgres(
            "jdbc:postgresql://db.example:5433/news", System.getProperty("user.name"), null);
    for (String spelling :
        new String[] {
          "postgresql://db.example:5433/news",
          "postgres://db.example:5433/news",
          "jdbc:postgresql://db.example:5433/news",
          "PostgreSQL://db.example:5433/news"
        }) {
      assertThat(StoreLocation.parse(spelling, NO_ENV)).as(spelling).isEqualTo(expected);
    }
  }

  @Test
  void whatTheAddressLeavesOutComesFromTheStandardEnvironment() {
    Map<String, String> env =
        Map.of(
            "PGHOST", "pg.internal",
            "PGPORT", "6543",
            "PGDATABASE", "desk",
            "PGUSER", "analyst",
            "PGPASSWORD", "s3cret");
    StoreLocation.Postgres p = (StoreLocation.Postgres) StoreLocation.parse("postgresql://", env);

    assertThat(p.url()).isEqualTo("jdbc:postgresql://pg.internal:6543/desk");
    assertThat(p.user()).isEqualTo("analyst");
    assertThat(p.password()).isEqualTo("s3cret");
    assertThat(p.properties()).containsEntry("user", "analyst").containsEntry("password", "s3cret");
    // the password is never shown
    assertThat(p.display()).doesNotContain("s3cret");
    assertThat(p.toString()).doesNotContain("s3cret");
    // an address's own parts win over the environment
    StoreLocation.Postgres named =
        (StoreLocation.Postgres) StoreLocation.parse("postgres://editor@h:1/other", env);
    assertThat(named.url()).isEqualTo("jdbc:postgresql://h:1/other");
    assertThat(named.user()).isEqualTo("editor");
  }

  @Test
  void withNoEnvironmentThePortIsTheStandardOneAndTheDatabaseTheUsers() {
    StoreLocation.Postgres p =
        (StoreLocation.Postgres) StoreLocation.parse("postgresql://me@localhost", NO_ENV);
    assertThat(p.url()).isEqualTo("jdbc:postgresql://localhost:5432/me");
  }

  @Test
  void aPasswordOnTheCommandLineIsRefused() {
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://u:pw@h/db", NO_ENV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PGPASSWORD")
        .hasMessageNotContaining("pw@");
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://h/db?password=pw", NO_ENV))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("password file");
  }

  @Test
  void otherAddressesAreUsageErrorsNotFileNames() {
    for (String other :
        new String[] {
          "mysql://h/db", "jdbc:sqlite:corpus.db", "https://example.org/db", "s3://b/k"
        }) {
      assertThatThrownBy(() -> StoreLocation.parse(other, NO_ENV))
          .as(other)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("neither a file path nor a PostgreSQL address");
    }
    assertThatThrownBy(() -> StoreLocation.parse(" ", NO_ENV))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoreLocation.parse("postgresql://h:99999/db", NO_ENV))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
