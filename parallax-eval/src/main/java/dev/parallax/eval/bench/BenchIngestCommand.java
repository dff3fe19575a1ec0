package dev.parallax.eval.bench;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench ingest}: ingest and clean throughput on one thread, for HTML pages and for
 * text pages generated at run time, and the peak heap while doing it.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest + clean throughput on one thread (pages per second per core), HTML and text.",
      "Generates N HTML pages and N text pages of 5-20 KB of article text into a temporary"
          + " folder, reads each set once to warm up and three times timed, and reports the"
          + " median pass and the peak heap used. Throughput is per second of the thread's CPU"
          + " time (so per core, and fair on a busy machine); wall-clock figures are printed"
          + " beside it.",
      ""
    },
    footer = {"", "Example:", "  parallax bench ingest --pages 2000"})
final class BenchIngestCommand implements Callable<Integer> {
  @Option(
      names = "--pages",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Pages of each kind to generate (default: ${DEFAULT-VALUE}).")
  int pages;

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int TIMED_PASSES = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One timed pass over a folder. */
  record Pass(int articles, int rejected, long bytes, double seconds, double cpuSeconds) {
    /** Pages per second of this thread's CPU time: per core, and robust to a busy machine. */
    double pagesPerCpuSecond() {
      return (articles + rejected) / cpuSeconds;
    }

    double pagesPerSecond() {
      return (articles + rejected) / seconds;
    }
  }

  @Override
  public Integer call() throws IOException {
    if (pages < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--pages must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("parallax-bench-ingest");
    try {
      long written = generate(dir);
      out.printf(
          "generated %d HTML and %d text pages, %.1f MB, in %s%n",
          pages, pages, written / 1e6, dir);
      Ingestor ingestor = new Ingestor(Manifest.EMPTY, IngestOptions.DEFAULTS);
      ArticleCleaner cleaner = new ArticleCleaner();
      pass(ingestor, cleaner, dir.resolve("html"));
      pass(ingestor, cleaner, dir.resolve("text"));
      Pass html;
      Pass text;
      long peak;
      try (HeapPeak heap = HeapPeak.start()) {
        html = median(ingestor, cleaner, dir.resolve("html"));
        text = median(ingestor, cleaner, dir.resolve("text"));
        peak = heap.poolPeaks();
      }
      report(out, "html", html);
      report(out, "text", text);
      out.printf(
          "peak heap used: %.0f MB (max heap %.0f MB)%n",
          peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
      out.println(Jsonl.line(figures(html, text, peak)));
      return 0;
    } finally {
      deleteTree(dir);
    }
  }

  /** The last output line's figures; throughput per CPU-second of the one thread. */
  private Map<String, Object> figures(Pass html, Pass text, long peak) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("task", "bench-ingest");
    figures.put("html_pages_per_s", round(html.pagesPerCpuSecond()));
    figures.put("text_pages_per_s", round(text.pagesPerCpuSecond()));
    figures.put("html_mb_per_s", round(html.bytes() / 1e6 / html.cpuSeconds()));
    figures.put("text_mb_per_s", round(text.bytes() / 1e6 / text.cpuSeconds()));
    figures.put("html_wall_pages_per_s", round(html.pagesPerSecond()));
    figures.put("text_wall_pages_per_s", round(text.pagesPerSecond()));
    figures.put("rejected", html.rejected() + text.rejected());
    figures.put("peak_heap_mb", Math.round(peak / 1e6));
    figures.put("threads", 1);
    figures.put("pages", pages);
    return figures;
  }

  private long generate(Path dir) throws IOException {
    Path html = Files.createDirectories(dir.resolve("html"));
    Path text = Files.createDirectories(dir.resolve("text"));
    SyntheticPages gen = new SyntheticPages(42);
    long bytes = 0;
    for (int i = 0; i < pages; i++) {
      String name = String.format("page-%06d", i);
      bytes +=
          Files.size(
              Files.writeString(html.resolve(name + ".html"), gen.html(gen.size(5_000, 20_000))));
      bytes +=
          Files.size(
              Files.writeString(text.resolve(name + ".txt"), gen.text(gen.size(5_000, 20_000))));
    }
    return bytes;
  }

  /** The median of {@value #TIMED_PASSES} passes by CPU time: steadier on a shared machine. */
  private static Pass median(Ingestor ingestor, ArticleCleaner cleaner, Path folder) {
    List<Pass> passes = new java.util.ArrayList<>();
    for (int i = 0; i < TIMED_PASSES; i++) {
      passes.add(pass(ingestor, cleaner, folder));
    }
    passes.sort(Comparator.comparingDouble(Pass::cpuSeconds));
    return passes.get(TIMED_PASSES / 2);
  }

  /** Reads and cleans every page in {@code folder} on this thread. */
  private static Pass pass(Ingestor ingestor, ArticleCleaner cleaner, Path folder) {
    int[] counts = new int[2];
    long[] bytes = new long[1];
    long start = System.nanoTime();
    long cpuStart = CPU.getCurrentThreadCpuTime();
    ingestor.read(
        List.of(folder),
        (IngestItem item) -> {
          if (item instanceof RawDocument doc) {
            bytes[0] += doc.content().length;
            counts[cleaner.clean(doc) instanceof Article ? 0 : 1]++;
          } else {
            counts[1]++;
          }
        });
    double wall = (System.nanoTime() - start) / 1e9;
    // Where the JVM cannot measure thread CPU time, wall-clock time is the honest fallback.
    double cpu =
        CPU.isCurrentThreadCpuTimeSupported()
            ? (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9
            : wall;
    return new Pass(counts[0], counts[1], bytes[0], wall, cpu);
  }

  private static void report(PrintWriter out, String kind, Pass pass) {
    out.printf(
        "%s: %d pages (%d rejected), %.1f MB, on 1 thread: %.2f s CPU (%.0f pages/s, %.1f MB/s"
            + " per core), %.2f s wall (%.0f pages/s)%n",
        kind,
        pass.articles() + pass.rejected(),
        pass.rejected(),
        pass.bytes() / 1e6,
        pass.cpuSeconds(),
        pass.pagesPerCpuSecond(),
        pass.bytes() / 1e6 / pass.cpuSeconds(),
        pass.seconds(),
        pass.pagesPerSecond());
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
