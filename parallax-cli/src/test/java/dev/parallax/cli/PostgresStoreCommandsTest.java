package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.testing.PostgresServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * One code path, two databases: the same commands on a PostgreSQL store give the same files as on
 * an SQLite store.
 */
@Tag("slow") // needs a PostgreSQL server, and analyses examples
class PostgresStoreCommandsTest {
  @RegisterExtension static final PostgresServer SERVER = new PostgresServer();

  @TempDir Path dir;

  private static final Path EXAMPLES = Path.of("../examples");

  private static int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static String address(StoreLocation.Postgres p) {
    return p.url().substring("jdbc:".length());
  }

  @Test
  void analyzeExportAndStatsGiveTheSameFilesOnBothDatabases() throws IOException {
    StoreLocation.Postgres pg = SERVER.freshStore();
    Path sqlite = dir.resolve("c.db");
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    List<String> inputs =
        List.of(
            EXAMPLES.resolve("pahonia-post-minsk-retaliates.txt").toString(),
            EXAMPLES.resolve("meridian-belarus-bans-moldovan-fruit.html").toString(),
            empty.toString());
    for (String[] store : new String[][] {{address(pg), "pg"}, {sqlite.toString(), "lite"}}) {
      StringWriter err = new StringWriter();
      String[] analyze =
          Stream.concat(
                  Stream.of(
                      "analyze",
                      "--store",
                      store[0],
                      "--keep-source",
                      "--index",
                      dir.resolve(store[1] + "-index").toString(),
                      "--manifest",
                      EXAMPLES.resolve("manifest.csv").toString(),
                      "--out",
                      dir.resolve(store[1] + "-out").toString()),
                  inputs.stream())
              .toArray(String[]::new);
      // one input is rejected (exit 1), the run goes on
      assertThat(run(err, analyze)).as(err.toString()).isEqualTo(1);
      // after it wrote, analyze catches the search index up with the two saved articles
      assertThat(err.toString())
          .contains("search index " + dir.resolve(store[1] + "-index") + " caught up: 2 article");
      StringWriter stats = new StringWriter();
      CommandLine cli = Main.commandLine();
      cli.setOut(new PrintWriter(stats, true));
      assertThat(cli.execute("stats", "--store", store[0])).isZero();
      assertThat(stats.toString()).contains("articles 2,").contains("rejections 1: ");
      for (String format : new String[] {"jsonl", "csv", "gdelt"}) {
        assertThat(
                run(
                    err,
                    "export",
                    "--store",
                    store[0],
                    "--format",
                    format,
                    "--out",
                    dir.resolve(store[1] + "-" + format).toString()))
            .as(err.toString())
            .isZero();
      }
    }
    try (RelationalStore stored = RelationalStore.openReader(pg)) {
      assertThat(stored.size()).isEqualTo(2);
      assertThat(stored.rejections()).extracting(r -> r.source()).containsExactly(empty.toString());
      String id = stored.results().get(0).record().id();
      assertThat(stored.source(id).orElseThrow().bytes())
          .isEqualTo(Files.readAllBytes(Path.of(inputs.get(0))));
    }
    // a whole export streams the store's tables: the files analyze wrote, but the rejection
    for (String db : new String[] {"pg", "lite"}) {
      Path analysed = dir.resolve(db + "-out");
      Path exported = dir.resolve(db + "-jsonl");
      for (String file : dev.parallax.pipeline.RecordFiles.CORPUS_FILES) {
        assertThat(Files.readString(exported.resolve(file)))
            .as(db + " " + file)
            .isEqualTo(Files.readString(analysed.resolve(file)));
      }
      assertThat(Files.readAllLines(exported.resolve("articles.jsonl")))
          .isEqualTo(
              Files.readAllLines(analysed.resolve("articles.jsonl")).stream()
                  .filter(l -> !l.contains("\"rejected\""))
                  .toList());
    }
    for (String folder : new String[] {"out", "jsonl", "csv", "gdelt"}) {
      Path a = dir.resolve("pg-" + folder);
      Path b = dir.resolve("lite-" + folder);
      try (Stream<Path> files = Files.list(b)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          if (name.equals("run.json") || name.equals("report.html") || name.startsWith(".")) {
            continue; // they name the store and the time of the run
          }
          assertThat(Files.readString(a.resolve(name)))
              .as(folder + "/" + name)
              .isEqualTo(Files.readString(f));
        }
      }
    }
  }

  @Test
  void aSecondWriterOnTheSameDatabaseIsAUsageErrorNamingTheFirst() throws IOException {
    StoreLocation.Postgres pg = SERVER.freshStore();
    Path page = Files.writeString(dir.resolve("a.txt"), "The bridge reopened on Monday.");
    try (RelationalStore first = RelationalStore.open(pg)) {
      StringWriter err = new StringWriter();

      int exit = run(err, "analyze", "--store", address(pg), "--out", dir + "/o", page.toString());

      assertThat(exit).isEqualTo(2);
      assertThat(err.toString()).contains("in use by parallax pid");
    }
  }
}
