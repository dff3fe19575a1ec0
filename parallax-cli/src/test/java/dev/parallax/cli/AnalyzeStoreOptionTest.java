package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.RelationalStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code analyze --store}: the errors a user can make, each a usage error with its reason. */
class AnalyzeStoreOptionTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void aStoreNeedsTheWholeAnalysis() throws Exception {
    Path page = Files.writeString(dir.resolve("a.txt"), "The bridge reopened on Monday.");
    StringWriter err = new StringWriter();
    String db = dir.resolve("c.db").toString();

    int exit =
        run(err, "analyze", "--store", db, "--until", "clean", "--out", dir + "/o", page + "");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("--store needs the whole analysis");
    assertThat(dir.resolve("c.db")).doesNotExist();
  }

  @Test
  void aStoreFromANewerParallaxIsAUsageErrorThatSaysSo() throws Exception {
    Path db = dir.resolve("c.db");
    RelationalStore.open(db).close();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      s.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
    }
    Path page = Files.writeString(dir.resolve("a.txt"), "The bridge reopened on Monday.");
    StringWriter err = new StringWriter();

    int exit = run(err, "analyze", "--store", db.toString(), "--out", dir + "/o", page.toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("cannot use --store", "newer Parallax", "version 99");
    assertThat(dir.resolve("o")).doesNotExist();
  }

  @Test
  void anAddressOfAnotherKindIsAUsageErrorNotAFileName() throws Exception {
    Path page = Files.writeString(dir.resolve("a.txt"), "The bridge reopened on Monday.");
    for (String other : new String[] {"mysql://localhost:3306/news", "jdbc:sqlite:c.db"}) {
      StringWriter err = new StringWriter();

      int exit = run(err, "analyze", "--store", other, "--out", dir + "/o", page.toString());

      assertThat(exit).as(other).isEqualTo(2);
      assertThat(err.toString()).contains("--store", "neither a file path nor a PostgreSQL");
    }
    StringWriter err = new StringWriter();
    int exit = run(err, "stats", "--store", "postgresql://u:secret@localhost/news");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("PGPASSWORD").doesNotContain("secret@");
    try (var left = Files.list(dir)) {
      assertThat(left).containsExactly(page);
    }
  }
}
