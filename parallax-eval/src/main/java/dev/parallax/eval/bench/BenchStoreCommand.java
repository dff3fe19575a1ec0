package dev.parallax.eval.bench;

import dev.parallax.model.Coverage;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Story;
import dev.parallax.pipeline.RecordFiles;
import dev.parallax.report.ReportData;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench store}: a store of N articles built from the analysed records of a given
 * store, replicated with new ids and dates shifted by whole years (no NLP runs); write throughput,
 * size, and query latency on it.
 */
@Command(
    name = "store",
    mixinStandardHelpOptions = true,
    description = {
      "Store write throughput, size and query latency: SQLite, and PostgreSQL beside it.",
      "Reads every article and corpus record of --from (a store an analysis made, e.g. of the"
          + " bundled examples) and writes copy after copy of them into a new store until it holds"
          + " --articles articles: in copy k every id (a kind letter and 16 hex digits) is"
          + " replaced by a hash of it and k, and every date is shifted by k mod 50 whole years"
          + " (29 February becomes the 28th in a common year), so copies look like the same"
          + " news in other years. Articles are saved one by one as a run saves them, then the"
          + " corpus records of all copies in one transaction. Then times the UI's queries on the"
          + " reopened store: a story with all its records; an actor's newest 50 events, and all"
          + " of them; an actor pair's monthly series; an outlet's coverage rows of its 50 latest"
          + " stories, and all of them.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  parallax analyze --store /tmp/ex.db --manifest examples/manifest.csv --out /tmp/ex"
          + " examples/",
      "  parallax bench store --from /tmp/ex.db --articles 1000 --out /tmp/bench.db"
    })
final class BenchStoreCommand implements Callable<Integer> {
  private static final int QUERIES = 200;

  /** The questions whose answers grow with the corpus (every event of an actor, ...). */
  private static final java.util.Set<String> GROWING =
      java.util.Set.of("actor_events_all", "outlet_coverage");

  /** The page of an actor's events a reader asks for first. */
  private static final int PAGE = 50;

  @Option(names = "--from", required = true, paramLabel = "STORE", description = "Source store.")
  Path from;

  @Option(
      names = "--articles",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Articles in the store built (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The SQLite store to build (must not exist, but with --queries-only).")
  Path out;

  @Option(
      names = "--postgres",
      paramLabel = "ADDRESS",
      description =
          "Also build the same store in this PostgreSQL database (empty: a new database, or a new"
              + " schema named with ?currentSchema=), side by side in this run, and print the"
              + " ratios. Example: --postgres postgresql://localhost:5432/bench")
  String postgres;

  @Option(
      names = "--queries-only",
      description =
          "Time the queries and the export on stores an earlier run of this command built"
              + " (the same --from and --articles), without building them again.")
  boolean queriesOnly;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) != queriesOnly) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), out + (queriesOnly ? " does not exist" : " exists"));
    }
    PrintWriter print = spec.commandLine().getOut();
    ReplicatedCorpus corpus;
    try {
      corpus = ReplicatedCorpus.of(from, articles);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    ReportData all = corpus.records();
    List<StoreLocation> targets = new ArrayList<>(List.of(new StoreLocation.SqliteFile(out)));
    if (postgres != null) {
      try {
        targets.add(StoreLocation.parse(postgres));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--postgres: " + e.getMessage());
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("task", "bench-store");
    List<Map<String, Object>> measured = new ArrayList<>();
    for (StoreLocation target : targets) {
      String database = target instanceof StoreLocation.Postgres ? "postgresql" : "sqlite";
      print.println("== " + database + ": " + target.display());
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("database", database);
      if (!queriesOnly) {
        try {
          corpus.build(target, m, print);
        } catch (IllegalArgumentException e) {
          throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
      }
      try (RelationalStore store = RelationalStore.openReader(target)) {
        queries(store, all, m, print);
        export(store, m, print);
      }
      measured.add(m);
    }
    figures.put("stores", measured);
    if (measured.size() == 2) {
      Map<String, Object> lite = measured.get(0);
      Map<String, Object> pg = measured.get(1);
      Map<String, Object> ratios = new LinkedHashMap<>();
      for (String key : lite.keySet()) {
        if (lite.get(key) instanceof Number a
            && pg.get(key) instanceof Number b
            && a.doubleValue() > 0) {
          ratios.put(key, Latency.round(b.doubleValue() / a.doubleValue()));
        }
      }
      figures.put("postgresql_over_sqlite", ratios);
      print.println("PostgreSQL / SQLite, same data, this run: " + ratios);
    }
    print.println(Jsonl.line(figures));
    return 0;
  }

  private static void queries(
      RelationalStore store, ReportData all, Map<String, Object> figures, PrintWriter print) {
    Random random = new Random(42);
    List<String> stories = all.stories().stream().map(Story::id).toList();
    List<String> actors =
        all.events().stream()
            .flatMap(e -> java.util.stream.Stream.of(e.source().actor(), e.target().actor()))
            .filter(a -> a != null && a.length() >= 3)
            .distinct()
            .toList();
    List<String[]> pairs =
        all.events().stream()
            .filter(e -> e.source().actor() != null && e.target().actor() != null)
            .map(e -> e.source().actor() + " " + e.target().actor())
            .distinct()
            .map(p -> p.split(" "))
            .toList();
    List<String> outlets =
        all.coverage().stream().map(Coverage::outlet).filter(o -> o != null).distinct().toList();
    Map<String, LongSupplier> questions = new LinkedHashMap<>();
    questions.put(
        "story",
        () -> store.story(stories.get(random.nextInt(stories.size()))).get().events().size());
    questions.put(
        "actor_events_page",
        () -> store.eventsOfActor(actors.get(random.nextInt(actors.size())), PAGE).size());
    questions.put(
        "actor_events_all",
        () -> store.eventsOfActor(actors.get(random.nextInt(actors.size()))).size());
    questions.put(
        "actor_pair_series",
        () -> {
          String[] pair = pairs.get(random.nextInt(pairs.size()));
          return store.actorPairSeries(pair[0], pair[1]).size();
        });
    questions.put(
        "outlet_coverage_page",
        () -> store.coverageOfOutlet(outlets.get(random.nextInt(outlets.size())), PAGE).size());
    questions.put(
        "outlet_coverage",
        () -> store.coverageOfOutlet(outlets.get(random.nextInt(outlets.size()))).size());
    for (Map.Entry<String, LongSupplier> q : questions.entrySet()) {
      // the answers that grow with the corpus are timed fewer times
      int times = GROWING.contains(q.getKey()) ? QUERIES / 10 : QUERIES;
      latency(q.getValue(), times / 10); // warm up
      long[] rows = new long[1];
      double[] ms =
          latency(
              () -> {
                long n = q.getValue().getAsLong();
                rows[0] += n;
                return n;
              },
              times);
      print.printf(
          "%-18s p50 %7.2f ms, p95 %7.2f ms (%.0f rows per answer on average, %d queries)%n",
          q.getKey(), ms[0], ms[1], rows[0] / (double) times, times);
      figures.put(q.getKey() + "_p50_ms", Latency.round(ms[0]));
      figures.put(q.getKey() + "_p95_ms", Latency.round(ms[1]));
    }
    print.printf(
        "(%d stories, %d actor codes, %d actor pairs, %d outlets)%n",
        stories.size(), actors.size(), pairs.size(), outlets.size());
  }

  /**
   * Times a whole jsonl export of the store as {@code parallax export} streams it (the files
   * written into a temporary folder, then deleted).
   */
  private static void export(RelationalStore store, Map<String, Object> m, PrintWriter print)
      throws IOException {
    Path dir = Files.createTempDirectory("parallax-bench-export");
    try {
      long t = System.nanoTime();
      long articles =
          RecordFiles.writeLines(dir.resolve("articles.jsonl"), store.records("articles.jsonl"));
      for (String file : RecordFiles.CORPUS_FILES) {
        RecordFiles.writeLines(dir.resolve(file), store.records(file));
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      long bytes = 0;
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          bytes += Files.size(f);
          Files.delete(f);
        }
      }
      print.printf(
          "whole jsonl export, streamed: %.2f s, %.0f articles/s (%.1f MB written)%n",
          seconds, articles / seconds, bytes / 1e6);
      m.put("export_s", Latency.round(seconds));
      m.put("export_articles_per_s", Math.round(articles / seconds));
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  /** p50 and p95 in milliseconds of {@code n} runs of {@code query}. */
  private static double[] latency(LongSupplier query, int n) {
    double[] ms = new double[n];
    for (int i = 0; i < n; i++) {
      long t = System.nanoTime();
      query.getAsLong();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    return Latency.p50p95(ms);
  }
}
