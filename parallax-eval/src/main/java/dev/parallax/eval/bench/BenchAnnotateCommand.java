package dev.parallax.eval.bench;

import dev.parallax.annotate.Annotator;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
import dev.parallax.resources.Rules;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax bench annotate}: speed and memory of every profile and of CoreNLP's default. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Measures annotation on one text, in one run: model load time and tokens per second on one"
          + " core for each profile (tokens, lexical, names, full) and for CoreNLP's default"
          + " tokenize,ssplit,pos,lemma,ner,depparse pipeline; tokens per second of profile full"
          + " on all cores; the time stage (SUTime and Parallax's rules) on POS-tagged text, once"
          + " on date-like sentences only (the default) and once on every sentence; peak heap."
          + " Each annotator loads its models afresh.",
      "One-core speed is given per CPU second of the annotating thread (tokens_per_cpu_s), which"
          + " a busy machine does not distort, and per wall-clock second (tokens_per_s). The"
          + " speedup compares CPU-second figures.",
      "Text: --input, else ./examples if present, else generated news-like prose.",
      "Last line: one JSON object with the figures.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  parallax bench annotate",
      "  parallax bench annotate --tokens 50000 --input ../shared/eval/polnear/dev/text"
    })
final class BenchAnnotateCommand implements Callable<Integer> {
  @Option(
      names = "--tokens",
      paramLabel = "N",
      defaultValue = "20000",
      description = "About how many words of text to annotate (default: ${DEFAULT-VALUE}).")
  long tokens;

  @Option(
      names = "--input",
      paramLabel = "DIR",
      description = "Files or folders to read the text from (any input analyze reads).")
  List<Path> input;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Threads for the all-cores run (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (tokens < 1 || threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--tokens and --threads >= 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path examples = Path.of("examples");
    List<Path> from =
        input != null ? input : Files.isDirectory(examples) ? List.of(examples) : null;
    List<Article> articles =
        from == null ? BenchCorpus.generate(tokens) : BenchCorpus.read(from, tokens);
    if (articles.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "no text in " + from);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("bench", "annotate");
    result.put("source", from == null ? "generated" : from.toString());
    result.put("articles", articles.size());
    result.put("load_average_start", loadAverage());
    Map<String, Object> profiles = new LinkedHashMap<>();
    Annotator full = null;
    Annotator lexical = null;
    for (Profile p : Profile.values()) {
      Measured m =
          measure(
              out,
              p.name(),
              () -> CoreNlpAnnotators.fresh(p, Models.shared().parseCues(), Rules.bundled()),
              articles);
      profiles.put(p.name().toLowerCase(Locale.ROOT), m.figures());
      full = m.annotator();
      lexical = p == Profile.LEXICAL ? full : lexical;
    }
    result.put("profiles", profiles);
    result.put(
        "time_stage",
        TimeBench.measure(
            out, lexical, articles, articles.subList(0, Math.min(3, articles.size()))));
    lexical = null;
    allCores(out, full, articles, result);
    full = null;
    compareWithDefault(out, articles, profiles, result);
    result.put("peak_heap_mb", AnnotationBench.peakHeapMb());
    result.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
    result.put("load_average_end", loadAverage());
    out.println(Jsonl.line(result));
    out.flush();
    return 0;
  }

  private static void compareWithDefault(
      PrintWriter out,
      List<Article> articles,
      Map<String, Object> profiles,
      Map<String, Object> result) {
    Map<String, Object> reference =
        measure(out, "CoreNLP default", CoreNlpAnnotators::coreNlpDefault, articles).figures();
    result.put("corenlp_default", reference);
    result.put("tokens", reference.get("tokens"));
    double fullRate = (double) ((Map<?, ?>) profiles.get("full")).get("tokens_per_cpu_s");
    double referenceRate = (double) reference.get("tokens_per_cpu_s");
    result.put("full_speedup_vs_default", round(fullRate / referenceRate, 2));
  }

  private void allCores(
      PrintWriter out, Annotator full, List<Article> articles, Map<String, Object> result)
      throws InterruptedException {
    AnnotationBench.Run run = AnnotationBench.parallel(full, articles, threads);
    out.printf(
        Locale.ROOT,
        "FULL on %d threads: %.0f tokens/s (%.0f tokens per CPU second)%n",
        threads,
        run.tokensPerSecond(),
        run.tokensPerCpuSecond());
    result.put("full_threads", threads);
    result.put("full_all_cores_tokens_per_s", round(run.tokensPerSecond()));
    result.put("full_all_cores_tokens_per_cpu_s", round(run.tokensPerCpuSecond()));
    result.put("full_live_heap_mb", AnnotationBench.liveHeapMb());
  }

  /** An annotator and its figures. */
  private record Measured(Annotator annotator, Map<String, Object> figures) {}

  private static Measured measure(
      PrintWriter out, String name, Supplier<Annotator> loader, List<Article> articles) {
    long started = System.nanoTime();
    Annotator annotator = loader.get();
    double load = AnnotationBench.seconds(started);
    AnnotationBench.warmUp(annotator, articles);
    AnnotationBench.Run run = AnnotationBench.single(annotator, articles);
    out.printf(
        Locale.ROOT,
        "%-16s load %5.1f s  %7.0f tokens/CPU s  %7.0f tokens/s wall  (%d tokens, %.0f%% parsed)%n",
        name,
        load,
        run.tokensPerCpuSecond(),
        run.tokensPerSecond(),
        run.tokens(),
        100 * run.parsedShare());
    out.flush();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("load_s", round(load, 2));
    figures.put("tokens_per_cpu_s", round(run.tokensPerCpuSecond()));
    figures.put("tokens_per_s", round(run.tokensPerSecond()));
    figures.put("tokens", run.tokens());
    figures.put("parsed_share", round(run.parsedShare(), 3));
    return new Measured(annotator, figures);
  }

  private static double loadAverage() {
    return round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 2);
  }

  private static double round(double v) {
    return Math.round(v);
  }

  private static double round(double v, int digits) {
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }
}
