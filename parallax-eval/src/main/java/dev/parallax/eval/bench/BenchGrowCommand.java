package dev.parallax.eval.bench;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.AnalysisSummary;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench grow}: what adding a batch of analysed articles to a stored corpus costs,
 * as the stored corpus grows: the time per added article as a ratio to the smallest store's (so
 * that the figure means the same on a loaded and on an idle machine), by corpus stage, and the
 * heap.
 */
@Command(
    name = "grow",
    mixinStandardHelpOptions = true,
    description = {
      "Time and heap of adding --add articles' records to stores of each of --sizes articles.",
      "Each store is built as bench store builds one (the analysed records of --from, replicated"
          + " with new ids and dates shifted by whole years, no NLP), then the per-article results"
          + " of the next copies are added as `parallax import` adds a Spark run's: the same"
          + " orchestration as analyze --store (load the store, the corpus stages, save the"
          + " corpus records, write the output folder), with no per-article stage run.",
      "A first round (a store of 96 articles, 48 added) warms the JIT up and is not reported."
          + " Each built store is first run once adding nothing (not measured), which leaves it"
          + " as a run growing it would have: with the digests of its stories' inputs. With"
          + " --rounds N, the articles are added N times, each time to a fresh copy of that"
          + " settled store, and the median round is reported (a shared machine's noise).",
      "Per size: wall and CPU seconds of the run, CPU ms per added article and its ratio to the"
          + " smallest size's, each stage's seconds, and the heap's peak two ways: the sum of the heap"
          + " pools' peaks (an upper bound that counts the young generation's garbage, which a"
          + " large maximum heap lets grow to gigabytes) and the most heap in use right after a"
          + " collection during the run (what the run held: its live objects and the old"
          + " generation's garbage not yet collected).",
      ""
    },
    footer = {
      "",
      "Example:",
      "  parallax analyze --store /tmp/ex.db --manifest examples/manifest.csv --out /tmp/ex"
          + " examples/",
      "  parallax bench grow --from /tmp/ex.db --sizes 1008,10008 --add 1008 --work /tmp/grow"
    })
final class BenchGrowCommand implements Callable<Integer> {
  /** Articles stored in the unreported first round (half of it added). */
  private static final int WARM_UP = 96;

  @Option(names = "--from", required = true, paramLabel = "STORE", description = "Source store.")
  Path from;

  @Option(
      names = "--sizes",
      split = ",",
      paramLabel = "N",
      defaultValue = "1008,10008",
      description = "Stored corpus sizes, smallest first (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(
      names = "--add",
      paramLabel = "N",
      defaultValue = "1008",
      description = "Articles added to each store (default: ${DEFAULT-VALUE}).")
  int add;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Measured runs per size, each adding the same articles to its own copy of the settled"
              + " store; the round with the median CPU time (for an even N the lower middle"
              + " one) is reported, with every round's (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--no-output",
      description =
          "Add as `parallax serve --ingest` adds: the store grows and nothing else, no output"
              + " folder written (nor the report rendered). By default each run writes the whole"
              + " corpus's output folder, as `parallax import` does.")
  boolean noOutput;

  @Option(
      names = "--work",
      required = true,
      paramLabel = "DIR",
      description = "A new or empty folder for the stores and the runs' output folders.")
  Path work;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.isDirectory(work)) {
      try (var entries = Files.list(work)) {
        if (entries.findAny().isPresent()) {
          throw new CommandLine.ParameterException(spec.commandLine(), work + " is not empty");
        }
      }
    }
    if (rounds < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--rounds must be at least 1");
    }
    Files.createDirectories(work);
    PrintWriter out = spec.commandLine().getOut();
    // a first round on a small store, not reported: the JIT compiles the stages' code there, not
    // in the smallest size's round, whose time per article the others are divided by
    grow("warm-up", WARM_UP, WARM_UP / 2, new PrintWriter(java.io.Writer.nullWriter()));
    double firstPerArticle = 0;
    for (int size : sizes) {
      Grown g = grow(Integer.toString(size), size, add, out);
      double perArticle = g.cpuMsPerArticle();
      if (firstPerArticle == 0) {
        firstPerArticle = perArticle;
      }
      out.printf(
          Locale.ROOT,
          "added %d to %d (%d articles after): wall %.1f s, CPU %.1f s, %.2f CPU ms per added"
              + " article (ratio %.2f); heap peak %d MB, %s after collections%n",
          g.summary().articles() - g.summary().stored(),
          size,
          g.summary().articles(),
          g.wallSeconds(),
          g.cpuSeconds(),
          perArticle,
          perArticle / firstPerArticle,
          g.peakBytes() >> 20,
          g.afterCollectionsBytes() == 0
              ? "none collected"
              : (g.afterCollectionsBytes() >> 20) + " MB");
      out.printf(
          Locale.ROOT,
          "  stories %d, coverage and conflicts computed for %d (new or with changed inputs), the"
              + " others' read from the store%n",
          g.stories(),
          g.computed());
      out.println("  stages: " + g.summary().stageLine());
      if (!g.summary().stagesCpu().isEmpty()) {
        // the stage's own threads: a stage's wall time also holds the collector's pauses in it
        out.println("  stages' thread CPU: " + g.summary().stageCpuLine());
      }
      if (g.roundsCpuMs().size() > 1) {
        out.println(
            "  rounds: CPU ms per added article "
                + g.roundsCpuMs().stream()
                    .map(ms -> String.format(Locale.ROOT, "%.2f", ms))
                    .collect(Collectors.joining(", "))
                + " (the median reported)");
      }
      out.flush();
    }
    return 0;
  }

  /**
   * One round: what the run adding {@code added} articles did and cost; {@code roundsCpuMs} holds
   * every round's CPU ms per added article when the size ran more than one, else nothing.
   */
  private record Grown(
      AnalysisSummary summary,
      int added,
      double wallSeconds,
      double cpuSeconds,
      long peakBytes,
      long afterCollectionsBytes,
      int stories,
      long computed,
      List<Double> roundsCpuMs) {
    /** CPU milliseconds per added article. */
    double cpuMsPerArticle() {
      return cpuSeconds * 1000 / added;
    }

    Grown withRounds(List<Double> all) {
      return new Grown(
          summary,
          added,
          wallSeconds,
          cpuSeconds,
          peakBytes,
          afterCollectionsBytes,
          stories,
          computed,
          all);
    }
  }

  /**
   * Adds {@code added} to the store as {@code parallax import} does, output into NAME-out, or with
   * {@code --no-output} as {@code serve --ingest} does, without output.
   */
  private AnalysisSummary run(StoreLocation location, String name, List<ArticleResult> added) {
    try (RelationalStore store = RelationalStore.open(location)) {
      Analysis analysis =
          new Analysis(
              new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS),
              new AnalysisOptions(work.resolve(name + "-out"), Until.last(), 1),
              store);
      return noOutput ? analysis.addResults(added) : analysis.runResults(added, Progress.NONE);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Builds a store of {@code size} articles (its line printed to {@code print}) named {@code name}
   * in the work folder, and adds the next {@code add} articles to it.
   */
  private Grown grow(String name, int size, int add, PrintWriter print) {
    StoreLocation location = new StoreLocation.SqliteFile(work.resolve(name + ".db"));
    ReplicatedCorpus corpus;
    try {
      corpus = ReplicatedCorpus.of(from, size);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    print.print("== " + size + " stored: ");
    corpus.build(location, new LinkedHashMap<>(), print);
    List<ArticleResult> added = corpus.nextResults(add);
    // the copies held to build the store are garbage before the heap's peak is reset: the run
    // reads the store
    corpus = null;
    // a run adding nothing, not measured, leaves the store as a run that grew it would have: with
    // the digests of its stories' inputs, which the measured run compares its own with
    run(location, name + "-settle", List.of());
    if (rounds == 1) {
      return measure(location, name, added);
    }
    List<Grown> measured = new ArrayList<>();
    Path settled = work.resolve(name + ".db");
    for (int r = 1; r <= rounds; r++) {
      String round = name + "-r" + r;
      try {
        Files.copy(settled, work.resolve(round + ".db"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      measured.add(
          measure(new StoreLocation.SqliteFile(work.resolve(round + ".db")), round, added));
    }
    List<Double> cpuMs = measured.stream().map(Grown::cpuMsPerArticle).toList();
    List<Grown> byCpu =
        measured.stream().sorted(Comparator.comparingDouble(Grown::cpuSeconds)).toList();
    return byCpu.get((byCpu.size() - 1) / 2).withRounds(cpuMs);
  }

  /** The measured run adding {@code added} to the settled store at {@code location}. */
  private Grown measure(StoreLocation location, String name, List<ArticleResult> added) {
    Map<String, String> settled = digests(location);
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    AnalysisSummary summary;
    double wallSeconds;
    double cpuSeconds;
    long peak;
    long afterCollections;
    try (HeapPeak heap = HeapPeak.start()) {
      long cpu = os.getProcessCpuTime();
      long wall = System.nanoTime();
      summary = run(location, name, added);
      wallSeconds = (System.nanoTime() - wall) / 1e9;
      cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      peak = heap.poolPeaks();
      afterCollections = heap.afterCollections();
    }
    Map<String, String> after = digests(location);
    long computed =
        after.entrySet().stream()
            .filter(e -> !e.getValue().equals(settled.get(e.getKey())))
            .count();
    // one round: no list of rounds to print
    return new Grown(
        summary,
        added.size(),
        wallSeconds,
        cpuSeconds,
        peak,
        afterCollections,
        after.size(),
        computed,
        List.of());
  }

  /** The story digests of the store: which stories' coverage and conflicts a run computed. */
  private static Map<String, String> digests(StoreLocation location) {
    try (RelationalStore store = RelationalStore.openReader(location)) {
      return store.storyDigests();
    }
  }
}
