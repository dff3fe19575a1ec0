package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.cli.Main;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Provenance;
import dev.parallax.pipeline.ResultLine;
import dev.parallax.pipeline.RuleTables;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The Spark job in local mode, two partitions, four tries per task: then {@code parallax import}
 * gives the same records as {@code parallax analyze --store} of the same inputs; and an input whose
 * task dies on every attempt is rejected after two and the job ends.
 */
@Tag("slow")
class SparkJobTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2,4]")
            .appName("parallax-test")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
  }

  @AfterAll
  static void stop() throws IOException {
    spark.close();
  }

  @Test
  void importOfTheJobsOutputGivesTheSameRecordsAsAnalyze() throws Exception {
    int imported = sameAnswers(EXAMPLES, EXAMPLES.resolve("manifest.csv"));
    // run again into the same store: everything is stored already, nothing changes
    assertThat(
            cli(
                "import",
                "--from",
                dir + "/job",
                "--store",
                dir + "/spark.db",
                "--out",
                dir + "/imp2"))
        .isEqualTo(imported);
    assertThat(Files.readString(dir.resolve("imp2/articles.jsonl")))
        .isEqualTo(Files.readString(dir.resolve("an/articles.jsonl")));
  }

  @Test
  void onTheSeedsTooTheImportGivesTheSameRecordsAsAnalyze() throws Exception {
    Path seeds =
        Path.of(System.getProperty("parallax.shared", "../../shared")).resolve("corpora/seeds");
    Assumptions.assumeTrue(Files.isDirectory(seeds), "no seed corpus at " + seeds);
    sameAnswers(seeds, seeds.resolve("manifest.csv"));
  }

  /**
   * Runs the job (two partitions) on {@code inputs}, imports its output into a fresh store and
   * checks every JSON Lines file against {@code parallax analyze --store} of the same inputs;
   * returns import's exit code.
   */
  private int sameAnswers(Path inputs, Path manifest) throws Exception {
    SparkJob.Args args =
        new SparkJob.Args(
            null, manifest, 2, 16, dir.resolve("job").toString(), List.of(inputs.toString()));
    long[] counts = SparkJob.run(spark, args);
    assertThat(counts[1]).isGreaterThan(1);
    try (Stream<Path> parts = Files.list(dir.resolve("job/results"))) {
      assertThat(parts.filter(p -> p.getFileName().toString().startsWith("part-"))).hasSize(2);
    }
    assertThat(dir.resolve("job/parquet/articles")).isDirectory();
    long parquetArticles =
        spark.read().parquet(dir.resolve("job/parquet/articles").toString()).count();
    assertThat(parquetArticles).isEqualTo(counts[1]);

    int imported =
        cli("import", "--from", dir + "/job", "--store", dir + "/spark.db", "--out", dir + "/imp");
    int analysed =
        cli(
            "analyze",
            "--threads",
            "2",
            "--manifest",
            manifest.toString(),
            "--store",
            dir + "/analyze.db",
            "--out",
            dir + "/an",
            inputs.toString());

    assertThat(imported).isEqualTo(analysed);
    List<String> files = new ArrayList<>();
    try (Stream<Path> written = Files.list(dir.resolve("an"))) {
      written
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jsonl"))
          .sorted()
          .forEach(files::add);
    }
    assertThat(files).contains("articles.jsonl", "events.jsonl", "quotes.jsonl", "stories.jsonl");
    for (String file : files) {
      assertThat(Files.readString(dir.resolve("imp").resolve(file)))
          .as(file)
          .isEqualTo(Files.readString(dir.resolve("an").resolve(file)));
    }
    return imported;
  }

  @Test
  void filesNamedByUriAreReadOnTheExecutorsAsLocalPathsAre() throws Exception {
    Path manifest = EXAMPLES.resolve("manifest.csv");
    Path local = dir.resolve("local");
    Path byUri = dir.resolve("uri");
    SparkJob.run(
        spark,
        new SparkJob.Args(null, manifest, 2, 16, local.toString(), List.of(EXAMPLES.toString())));
    String folder = "file:" + EXAMPLES.toAbsolutePath().normalize();
    long[] counts =
        SparkJob.run(
            spark, new SparkJob.Args(null, manifest, 3, 16, byUri.toString(), List.of(folder)));

    List<ResultLine> fromPaths = results(local);
    List<ResultLine> fromUris = results(byUri);
    assertThat(counts[0]).isEqualTo(fromPaths.size());
    // the same inputs in the same order, the same analysis (manifest rows by path included);
    // only the names differ: the qualified URI instead of the path as given
    assertThat(fromUris)
        .extracting(ResultLine::index)
        .containsExactlyElementsOf(fromPaths.stream().map(ResultLine::index).toList());
    for (int i = 0; i < fromPaths.size(); i++) {
      String expected = ResultLine.encode(i, fromPaths.get(i).result());
      String actual =
          ResultLine.encode(i, fromUris.get(i).result()).replace(folder, EXAMPLES.toString());
      if (fromPaths.get(i).article() != null) {
        assertThat(actual).as("input " + i).isEqualTo(expected);
      } else {
        // a rejection's id hashes its input's name
        assertThat(fromUris.get(i).rejection().rejected())
            .isEqualTo(fromPaths.get(i).rejection().rejected());
      }
    }
    assertThat(fromPaths).anyMatch(l -> l.article() != null && l.article().outlet() != null);

    // a URI that names nothing is rejected naming it, and the run goes on
    String missing = folder + "/no-such-file.html";
    SparkJob.run(
        spark,
        new SparkJob.Args(
            null,
            null,
            1,
            16,
            dir.resolve("missing").toString(),
            List.of(missing, folder + "/" + firstFile())));
    List<ResultLine> withMissing = results(dir.resolve("missing"));
    assertThat(withMissing).hasSize(2);
    assertThat(withMissing.get(0).rejection().source()).isEqualTo(missing);
    assertThat(withMissing.get(0).rejection().rejected()).isEqualTo("no such file or folder");
    assertThat(withMissing.get(1).article()).isNotNull();
  }

  @Test
  void theUsersRulesReachTheExecutorsAndTheirPrintsTheOutput() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"),
        "Foreign Minister Mikalai Hrytsenka said on Monday that the border would stay open.");
    String rules = Path.of("..", "docs", "rules-example").toString();
    SparkJob.run(
        spark,
        new SparkJob.Args(
            null,
            null,
            1,
            16,
            dir.resolve("with").toString(),
            List.of(in.toString()),
            rules,
            List.of()));
    SparkJob.run(
        spark,
        new SparkJob.Args(
            null, null, 1, 16, dir.resolve("without").toString(), List.of(in.toString())));

    // the office holder the example rules add is coded with them, not without
    assertThat(encoded(dir.resolve("with"))).contains("\"BLRGOV\"");
    assertThat(encoded(dir.resolve("without"))).doesNotContain("\"BLRGOV\"");
    assertThat(Files.readString(dir.resolve("with").resolve(Provenance.RulePrints.FILE)).strip())
        .isEqualTo(
            Jsonl.line(Provenance.RulePrints.of(RuleTables.layered(Path.of(rules), List.of()))));
    // import takes the job's output with the same rules only
    int imported =
        cli(
            "import",
            "--rules",
            rules,
            "--from",
            dir + "/with",
            "--store",
            dir + "/w.db",
            "--out",
            dir + "/w");
    assertThat(imported).isZero();
  }

  private static String firstFile() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html") || n.endsWith(".txt"))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  /** The job's first result line, as the job wrote it. */
  private static String encoded(Path job) throws IOException {
    return ResultLine.encode(0, results(job).get(0).result());
  }

  /** The job's result lines in input order. */
  private static List<ResultLine> results(Path job) throws IOException {
    List<ResultLine> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(job.resolve("results"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        Files.readAllLines(part).forEach(l -> lines.add(ResultLine.decode(l)));
      }
    }
    lines.sort(java.util.Comparator.comparingLong(ResultLine::index));
    return lines;
  }

  @Test
  void anInputWhoseTaskDiesTwiceIsRejectedAndTheJobEnds() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("a.txt"), "The council reopened the bridge on Monday, officials said.");
    Files.writeString(in.resolve("b.txt"), "The minister resigned on Tuesday after the vote.");
    Files.writeString(in.resolve("c.txt"), "Farmers protested in the capital on Wednesday.");
    String killer = in.resolve("b.txt").toString();
    System.setProperty(AnalysePartition.DIE_ON, killer);
    try {
      SparkJob.run(
          spark,
          new SparkJob.Args(
              null, null, 1, 16, dir.resolve("job").toString(), List.of(in.toString())));
    } finally {
      System.clearProperty(AnalysePartition.DIE_ON);
    }
    List<ResultLine> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(dir.resolve("job/results"))) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
        Files.readAllLines(part).forEach(l -> lines.add(ResultLine.decode(l)));
      }
    }
    assertThat(lines).hasSize(3);
    ResultLine b = lines.stream().filter(l -> l.index() == 1).findFirst().orElseThrow();
    assertThat(b.rejection()).isNotNull();
    assertThat(b.rejection().source()).isEqualTo(killer);
    assertThat(b.rejection().rejected()).isEqualTo(AnalysePartition.KILLED);
    assertThat(lines.stream().filter(l -> l.index() != 1)).allMatch(l -> l.article() != null);
    // two attempts died on it: their markers name it; the third ended well and left none
    try (Stream<Path> markers = Files.list(dir.resolve("job/_attempts"))) {
      List<String> left =
          markers
              .map(p -> p.getFileName().toString())
              .filter(n -> !n.startsWith("."))
              .sorted()
              .toList();
      assertThat(left).hasSize(2).allMatch(n -> n.matches("stage-\\d+-part-0-attempt-[01]"));
    }
  }

  private static int cli(String... args) throws IOException {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    assertThat(exit).as(String.join(" ", args) + ": " + err).isLessThan(2);
    return exit;
  }
}
