package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Jsonl;
import dev.parallax.model.Rejection;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Provenance;
import dev.parallax.pipeline.ResultLine;
import dev.parallax.resources.Rules;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parallax import}: what it refuses, and a Spark run's rejections stored and written as
 * analyze writes them (the same answers as analyze are tested in the Spark module).
 */
class ImportCommandTest {
  @TempDir Path dir;

  private int run(StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path job(String... lines) throws Exception {
    Path results = Files.createDirectories(dir.resolve("job/results"));
    Files.writeString(results.resolve("part-00000"), String.join("\n", lines) + "\n");
    Files.writeString(results.resolve("_SUCCESS"), "");
    Files.writeString(
        dir.resolve("job").resolve(Provenance.RulePrints.FILE),
        Jsonl.line(Provenance.RulePrints.of(Rules.bundled())) + "\n");
    return dir.resolve("job");
  }

  private static String rejected(int index, String source) {
    return ResultLine.encode(
        index,
        ArticleResult.of(Rejection.of(source, "unsupported file type", "ingest"), List.of()));
  }

  @Test
  void aFolderWithoutAFinishedRunIsAUsageError() throws Exception {
    Files.createDirectories(dir.resolve("job/results"));
    StringWriter err = new StringWriter();

    int exit =
        run(err, "import", "--from", dir + "/job", "--store", dir + "/c.db", "--out", dir + "/o");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("_SUCCESS", "not the output of a finished");
    assertThat(dir.resolve("c.db")).doesNotExist();
  }

  @Test
  void aMissingInputIsAUsageErrorNamingIt() throws Exception {
    Path job = job(rejected(0, "a.bin"), rejected(2, "c.bin"));
    StringWriter err = new StringWriter();

    int exit =
        run(err, "import", "--from", job.toString(), "--store", dir + "/c.db", "--out", dir + "/o");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("input 1 is missing");
  }

  @Test
  void aLineThatIsNoResultIsAUsageErrorNamingItsFileAndLine() throws Exception {
    Path job = job(rejected(0, "a.bin"), "{\"index\":1}");
    StringWriter err = new StringWriter();

    int exit =
        run(err, "import", "--from", job.toString(), "--store", dir + "/c.db", "--out", dir + "/o");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("part-00000 line 2");
  }

  private int importWithRules(StringWriter err, Path rules, Path job) {
    return run(
        err,
        "import",
        "--rules",
        rules.toString(),
        "--from",
        job.toString(),
        "--store",
        dir + "/c.db",
        "--out",
        dir + "/o");
  }

  @Test
  void rulesOtherThanTheJobsAreAUsageErrorAndTheSameRulesImport() throws Exception {
    Path job = job(rejected(0, "a.bin"));
    Path mine = Path.of("..", "docs", "rules-example");
    StringWriter err = new StringWriter();

    int exit = importWithRules(err, mine, job);

    assertThat(exit).as(err.toString()).isEqualTo(2);
    assertThat(err.toString()).contains("the job read other rules", "same --rules and --kb");
    assertThat(dir.resolve("c.db")).doesNotExist();
    // the job's prints name the same user files' bytes (wherever they lie): it imports
    Files.writeString(
        job.resolve(Provenance.RulePrints.FILE),
        Jsonl.line(
                Provenance.RulePrints.of(dev.parallax.pipeline.RuleTables.layered(mine, List.of())))
            + "\n");
    assertThat(importWithRules(new StringWriter(), mine, job)).isEqualTo(Main.EXIT_REJECTED);
  }

  @Test
  void rejectionsAreWrittenInInputOrderAndTheRunSaysSo() throws Exception {
    Path job = job(rejected(1, "b.bin"), rejected(0, "a.bin"));
    StringWriter err = new StringWriter();

    int exit =
        run(err, "import", "--from", job.toString(), "--store", dir + "/c.db", "--out", dir + "/o");

    assertThat(exit).as(err.toString()).isEqualTo(Main.EXIT_REJECTED);
    List<String> lines = Files.readAllLines(dir.resolve("o/articles.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).contains("\"source\":\"a.bin\"", "unsupported file type");
    assertThat(lines.get(1)).contains("\"source\":\"b.bin\"");
  }
}
