package dev.parallax.pipeline;

import dev.parallax.ingest.Ingestor;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an analysis: ingest, then the per-article stages of a {@link Pipeline} in parallel threads,
 * then its corpus stages, writing the JSON Lines files of OUTPUT.md, {@code report.html}, {@code
 * diagnostics.jsonl} and {@code run.json} into the output folder.
 *
 * <p>Inputs stream through a bounded window of in-flight documents, and only extracted records
 * (never annotations) are kept for the corpus stages, so memory stays small; results are written in
 * input order, so output is deterministic. Every input ends as one line of {@code articles.jsonl}:
 * an article or a rejection, written after the corpus stages, which may infer an undated article's
 * publication date from the events it shares with dated ones. An input whose content repeats an
 * earlier one is rejected as a duplicate of it. Given a {@link CorpusStore}, the run grows the
 * stored corpus instead: see {@link #Analysis(Ingestor, AnalysisOptions, CorpusStore)}.
 */
public final class Analysis {
  private final Ingestor ingestor;
  private final AnalysisOptions options;
  private final CorpusStore store;

  /** An analysis that writes the results of its inputs alone. */
  public Analysis(Ingestor ingestor, AnalysisOptions options) {
    this(ingestor, options, null);
  }

  /**
   * An analysis that grows {@code store}: inputs already stored (by content id) are not analysed
   * again, new articles are saved and join the stored stories or open new ones, and the output
   * describes the whole stored corpus (stored articles first in {@code articles.jsonl}).
   *
   * @param store the stored corpus, or null for none
   * @throws IllegalArgumentException when a store is given to a run that stops before the last
   *     stage (a stored article must carry everything a later run needs)
   */
  public Analysis(Ingestor ingestor, AnalysisOptions options, CorpusStore store) {
    if (store != null && options.until() != Until.last()) {
      throw new IllegalArgumentException("a store needs the whole analysis, not --until");
    }
    this.ingestor = ingestor;
    this.options = options;
    this.store = store;
  }

  public AnalysisSummary run(List<Path> inputs, Progress progress) throws IOException {
    long started = System.nanoTime();
    StageTimer timer = new StageTimer();
    Pipeline pipeline = Pipeline.standard(options.until(), Models.of(options.rules()), store);
    ResultWriter results = new ResultWriter(store, progress);
    try {
      if (store != null) {
        timer.time("load store", results::addStored);
      }
      analyse(inputs, new Prepared(pipeline, timer), results);
    } finally {
      progress.done();
    }
    List<Diagnostic> corpusDiagnostics = new ArrayList<>();
    Corpus corpus = pipeline.group(results.added(), results.all(), corpusDiagnostics, timer);
    Path out = options.out();
    write(out, corpus);
    // written last: the corpus stages may bound an undated article's publication date
    results.writeTo(out.resolve("articles.jsonl"), corpus::dated);
    List<DiagnosticLine> diagnostics =
        writeDiagnostics(out, results.diagnostics(), corpusDiagnostics);
    Files.writeString(
        out.resolve("run.json"),
        Jsonl.line(Provenance.of(options.until(), pipeline, options.rules())) + "\n");
    return new AnalysisSummary(
        results.articles(),
        results.rejected(),
        results.fromStore(),
        diagnostics.size(),
        Duration.ofNanos(System.nanoTime() - started),
        timer.totals(),
        results.rejections(),
        countByStage(diagnostics, pipeline.stageNames()),
        results.notAnalysed());
  }

  /** How many diagnostics each stage reported, in stage order (any other name last). */
  private static Map<String, Integer> countByStage(
      List<DiagnosticLine> diagnostics, List<String> stageNames) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    stageNames.forEach(name -> counts.put(name, 0));
    diagnostics.forEach(d -> counts.merge(d.stage(), 1, Integer::sum));
    counts.values().removeIf(n -> n == 0);
    return counts;
  }

  /**
   * Writes the corpus records the run made: {@code entities.jsonl}, {@code events.jsonl} and {@code
   * quotes.jsonl} from {@code extract} on, {@code stories.jsonl}, {@code coverage.jsonl} and {@code
   * conflicts.jsonl} for the whole analysis, and {@code report.html}.
   */
  private void write(Path out, Corpus corpus) throws IOException {
    if (!options.until().runs(Until.EXTRACT)) {
      return;
    }
    var records = corpus.records();
    writeLines(out.resolve("entities.jsonl"), records.entities());
    writeLines(out.resolve("events.jsonl"), records.events());
    writeLines(out.resolve("quotes.jsonl"), records.quotes());
    if (options.until().runs(Until.GROUP)) {
      writeLines(out.resolve("stories.jsonl"), records.stories());
      writeLines(out.resolve("coverage.jsonl"), records.coverage());
      writeLines(out.resolve("conflicts.jsonl"), records.conflicts());
    }
    Files.writeString(out.resolve("report.html"), corpus.report());
  }

  /** Writes {@code diagnostics.jsonl}, one line per problem met, and returns its lines. */
  private static List<DiagnosticLine> writeDiagnostics(
      Path out, Map<String, List<Diagnostic>> perInput, List<Diagnostic> corpus)
      throws IOException {
    List<DiagnosticLine> lines = new ArrayList<>();
    perInput.forEach(
        (source, found) ->
            found.forEach(d -> lines.add(new DiagnosticLine(source, d.stage(), d.message()))));
    corpus.forEach(d -> lines.add(new DiagnosticLine(null, d.stage(), d.message())));
    writeLines(out.resolve("diagnostics.jsonl"), lines);
    return lines;
  }

  /**
   * One line of {@code diagnostics.jsonl}.
   *
   * @param source the input it concerns, or null for a corpus stage's
   */
  record DiagnosticLine(String source, String stage, String message) {}

  private static void writeLines(Path file, List<?> records) throws IOException {
    try (JsonlFileWriter w = new JsonlFileWriter(file)) {
      records.forEach(w::write);
    }
  }

  /**
   * Streams the inputs not stored yet through the per-article stages on the worker threads, a
   * bounded window at a time, and hands the results to {@code results} in input order.
   */
  private void analyse(List<Path> inputs, Prepared pipeline, ResultWriter results) {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    int window = 8 * options.threads();
    Deque<Future<ArticleResult>> inFlight = new ArrayDeque<>();
    try {
      ingestor.read(
          inputs,
          item -> {
            if (results.isStored(item)) {
              return;
            }
            inFlight.add(pool.submit(() -> pipeline.process(item)));
            while (inFlight.size() >= window) {
              results.write(await(inFlight.poll()));
            }
          });
      while (!inFlight.isEmpty()) {
        results.write(await(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The pipeline of a run, its models loaded when the first document needs them (a run whose inputs
   * are all stored loads none), timed as {@code load models}.
   */
  private static final class Prepared {
    private final Pipeline pipeline;
    private final StageTimer timer;
    private volatile boolean prepared;

    Prepared(Pipeline pipeline, StageTimer timer) {
      this.pipeline = pipeline;
      this.timer = timer;
    }

    ArticleResult process(IngestItem item) {
      if (item instanceof Rejection rejection) {
        return ArticleResult.of(rejection, List.of());
      }
      if (!prepared && pipeline.analysesArticles()) {
        synchronized (this) {
          if (!prepared) {
            timer.time(
                "load models",
                () -> {
                  pipeline.prepare();
                  return null;
                });
            prepared = true;
          }
        }
      }
      return pipeline.analyse((RawDocument) item, timer);
    }
  }

  private static ArticleResult await(Future<ArticleResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("stage failed outside its own guard", e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "parallax-worker");
      t.setDaemon(true);
      return t;
    };
  }
}
