package dev.parallax.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ArticleActors;
import dev.parallax.cli.Main;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.PartialDate;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.resources.Rules;
import dev.parallax.store.RelationalStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code parallax bench grow} on a store of three made-up articles. */
class BenchGrowCommandTest {
  @TempDir Path dir;

  private static ArticleResult result(String id, String outlet, String date, String body) {
    Article article =
        new Article(
            id,
            id + ".txt",
            outlet,
            "Harbour closed",
            PartialDate.parse(date),
            DateSource.METADATA,
            "en",
            body,
            List.of());
    return new ArticleResult(
        article, new ArticleActors(id, List.of()), List.of(), List.of(), List.of(), List.of());
  }

  /** The exit code of {@code bench grow --from source --work work} with {@code options}. */
  private static int grow(StringWriter out, Path source, Path work, String... options) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    List<String> args =
        new ArrayList<>(
            List.of("bench", "grow", "--from", source.toString(), "--work", work.toString()));
    args.addAll(List.of(options));
    return cli.execute(args.toArray(String[]::new));
  }

  /** A source store of three analysed articles, with their corpus records. */
  private Path source() {
    Path source = dir.resolve("source.db");
    try (RelationalStore s = RelationalStore.open(source)) {
      s.save(
          result(
              "a0000000000000001",
              "Harbour Gazette",
              "2025-03-13",
              "Port officials in Valdoria closed the northern harbour on Tuesday."));
      s.save(
          result(
              "a0000000000000002",
              "Coastal Times",
              "2025-03-14",
              "Valdoria closed its northern harbour to shipping, port officials said."));
      s.save(
          result(
              "a0000000000000003",
              "Coastal Times",
              "2025-06-02",
              "A new ferry line opened between two island towns in the south."));
      var corpus = Pipeline.records(Models.of(Rules.bundled()), s, new ArrayList<>());
      s.saveRecords(corpus.records(), corpus.outletList(), corpus::outletId);
    }
    return source;
  }

  @Test
  void addsTheNextCopiesToEachStoreAndReportsTheirCostByStage() {
    Path source = source();
    StringWriter out = new StringWriter();
    Path work = dir.resolve("grow");
    assertThat(grow(out, source, work, "--sizes", "3,6", "--add", "3", "--rounds", "2")).isZero();
    assertThat(out.toString())
        .contains(
            "added 3 to 3 (6 articles after)", "(ratio 1.00)", "added 3 to 6 (9 articles after)")
        .contains("stages: load store")
        .containsPattern("heap peak \\d+ MB, (\\d+ MB|none collected) after collections")
        .doesNotContain("warm-up");
    // two measured rounds per size, each on its own copy of the settled store
    assertThat(out.toString().split("rounds: CPU ms per added article \\d+\\.\\d+, \\d+\\.\\d+ "))
        .hasSize(3);
    // the stored stories nothing joined are read, not computed (the settle run left their digests)
    java.util.regex.Matcher stories =
        java.util.regex.Pattern.compile(
                "stories (\\d+), coverage and conflicts computed for (\\d+)")
            .matcher(out.toString());
    assertThat(stories.find()).isTrue();
    assertThat(Integer.parseInt(stories.group(2)))
        .isPositive()
        .isLessThan(Integer.parseInt(stories.group(1)));
    for (String round : List.of("6-r1.db", "6-r2.db")) {
      try (RelationalStore grown = RelationalStore.open(work.resolve(round))) {
        assertThat(grown.results()).hasSize(9);
        assertThat(grown.corpusPending()).isFalse();
      }
    }
    try (RelationalStore settled = RelationalStore.open(work.resolve("6.db"))) {
      assertThat(settled.results()).hasSize(6);
    }
    // a folder holding files is refused
    assertThat(
            Main.commandLine()
                .execute(
                    "bench",
                    "grow",
                    "--from",
                    source.toString(),
                    "--sizes",
                    "3",
                    "--work",
                    work.toString()))
        .isEqualTo(2);
  }

  /** With --no-output the store grows as a feed grows it: no folder written, no report made. */
  @Test
  void withoutOutputOnlyTheStoreGrows() throws java.io.IOException {
    Path source = source();
    StringWriter out = new StringWriter();
    Path work = dir.resolve("quiet");
    assertThat(grow(out, source, work, "--sizes", "3", "--add", "3", "--no-output")).isZero();
    assertThat(out.toString())
        .contains("added 3 to 3 (6 articles after)", "stages: load store", "conflicts")
        .doesNotContain("report");
    try (var files = java.nio.file.Files.list(work)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith("-out"));
    }
    try (RelationalStore grown = RelationalStore.open(work.resolve("3.db"))) {
      assertThat(grown.results()).hasSize(6);
      assertThat(grown.corpusPending()).isFalse();
    }
  }
}
