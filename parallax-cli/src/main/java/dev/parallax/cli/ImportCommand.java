package dev.parallax.cli;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.AnalysisSummary;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Provenance;
import dev.parallax.pipeline.ResultLine;
import dev.parallax.pipeline.Until;
import dev.parallax.resources.Rules;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax import}: loads the per-article results of a Spark run ({@code ./parallax-spark})
 * into a store and runs the corpus stages, as {@code analyze --store} does. Reads the job's JSON
 * Lines part files with plain Java: no Spark or Hadoop on this classpath.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    description = {
      "Loads the output of a Spark run (./parallax-spark --out DIR) into a store, empty or not,"
          + " and runs the corpus stages over the whole stored corpus, as analyze --store does:"
          + " articles already stored are skipped, repeats are rejected as duplicates, and the"
          + " output folder gets the JSON Lines files of the whole stored corpus.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  ./parallax-spark --out spark-out examples/",
      "  parallax import --from spark-out --store corpus.db --out out",
      "",
      "Exit codes: 0 done; 1 done, but some inputs were rejected; 2 usage error",
      "(--from is no Spark run's output, bad --store); 3 the run failed.",
    })
final class ImportCommand implements Callable<Integer> {
  /** The folder of the job's per-article result part files. */
  static final String RESULTS = "results";

  @Option(
      names = "--from",
      paramLabel = "DIR",
      required = true,
      description = "The --out folder of a ./parallax-spark run. Example: --from spark-out")
  Path from;

  @Option(
      names = "--store",
      paramLabel = "STORE",
      required = true,
      converter = StoreLocations.class,
      description =
          "The store to load the run into, created if missing."
              + StoreLocations.HELP
              + " Example: --store corpus.db")
  StoreLocation store;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "parallax-out",
      description =
          "Folder for the output files of the whole stored corpus, as analyze --out (default:"
              + " ${DEFAULT-VALUE}).")
  Path out;

  @CommandLine.Mixin RuleOptions ruleOptions;

  @CommandLine.Mixin(name = Verbosity.MIXIN)
  Verbosity.Options verbosity;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<ArticleResult> results;
    try {
      results = read(from);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "cannot import --from " + from + ": " + e.getMessage());
    }
    Rules rules = ruleOptions.rules(spec.commandLine());
    checkRules(rules);
    AnalysisOptions options = new AnalysisOptions(out, Until.last(), 1, rules);
    AnalysisSummary summary;
    try (RelationalStore corpus = AnalyzeCommand.openStore(store, spec)) {
      AnalyzeCommand.checkOut(out, spec);
      Analysis analysis =
          new Analysis(new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS), options, corpus);
      summary =
          AnalyzeCommand.run(() -> analysis.runResults(results, TerminalProgress.forStderr()), out);
    }
    if (TerminalLog.verbosity() != Verbosity.QUIET) {
      AnalyzeCommand.printSummary(summary, out, spec.commandLine().getOut());
    }
    return summary.rejected() > 0 ? Main.EXIT_REJECTED : 0;
  }

  /**
   * Refuses rules other than the job's: the corpus stages must read the rules the per-article
   * stages read (the job's {@code _rules.json}).
   */
  private void checkRules(Rules rules) throws IOException {
    Path file = from.resolve(Provenance.RulePrints.FILE);
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "cannot import --from " + from + ": no " + file + " (the rules the job read)");
    }
    Provenance.RulePrints job =
        Jsonl.read(Files.readString(file).strip(), Provenance.RulePrints.class);
    Provenance.RulePrints mine = Provenance.RulePrints.of(rules);
    if (!job.equals(mine)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "cannot import --from "
              + from
              + ": the job read other rules than these ("
              + (job.rules().equals(mine.rules())
                      && job.knowledgeBase().equals(mine.knowledgeBase())
                  ? "give import the same --rules and --kb files as the job"
                  : "it ran another build of Parallax")
              + ")");
    }
  }

  /**
   * The results of a Spark run's output folder, in input order.
   *
   * @throws IllegalArgumentException when it holds no complete run: no {@code results/_SUCCESS}, a
   *     line that is no result, or inputs missing or repeated
   */
  static List<ArticleResult> read(Path from) throws IOException {
    Path folder = from.resolve(RESULTS);
    if (!Files.isRegularFile(folder.resolve("_SUCCESS"))) {
      throw new IllegalArgumentException(
          "no " + folder + "/_SUCCESS: not the output of a finished ./parallax-spark run");
    }
    List<Path> parts;
    try (Stream<Path> files = Files.list(folder)) {
      parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    List<ResultLine> lines = new ArrayList<>();
    for (Path part : parts) {
      try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
        int n = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          n++;
          try {
            lines.add(ResultLine.decode(line));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(part + " line " + n + ": " + e.getMessage(), e);
          }
        }
      }
    }
    lines.sort(Comparator.comparingLong(ResultLine::index));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).index() != i) {
        throw new IllegalArgumentException(
            "input " + i + " is " + (lines.get(i).index() > i ? "missing" : "repeated"));
      }
    }
    return lines.stream().map(ResultLine::result).toList();
  }
}
