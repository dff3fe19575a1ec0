package dev.parallax.pipeline;

import dev.parallax.ingest.Ingestor;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

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
  private Pipeline pipeline;
  private Prepared prepared;

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
    this(ingestor, options, store, null);
  }

  /**
   * An analysis running {@code pipeline}, or the standard one of {@code options.until()} when null
   * (tests inject stages through this, and a server its model-free pipeline in its tests).
   */
  public Analysis(
      Ingestor ingestor, AnalysisOptions options, CorpusStore store, Pipeline pipeline) {
    if (store != null && options.until() != Until.last()) {
      throw new IllegalArgumentException("a store needs the whole analysis, not --until");
    }
    this.ingestor = ingestor;
    this.options = options;
    this.store = store;
    this.pipeline = pipeline;
  }

  /**
   * Runs the analysis. The output folder is checked ({@link OutputSet#check}) before anything is
   * analysed, and the files are written into it only when all are complete ({@link OutputSet}).
   *
   * @throws IllegalArgumentException when the output folder holds files Parallax did not write
   * @throws IOException when the output cannot be written (the previous output stays as it was)
   * @throws CorpusStageException when a corpus stage failed: {@code articles.jsonl} and {@code
   *     diagnostics.jsonl} are written (with a line for the failure), the corpus records and {@code
   *     run.json} are not
   * @throws IllegalStateException when the run failed outside any document's analysis (loading the
   *     models, for instance)
   */
  public AnalysisSummary run(List<Path> inputs, Progress progress) throws IOException {
    return run(
        (prepared, results) -> analyse(sink -> ingestor.read(inputs, sink), prepared, results),
        progress);
  }

  /**
   * Runs the analysis on per-article results made elsewhere (a Spark run of the per-article stages,
   * read back in input order) instead of inputs: each is taken as this run would take its own (an
   * article repeating an earlier one is rejected as a duplicate, one already stored is skipped,
   * accepted articles and rejections are saved in the store), then the corpus stages run and the
   * output is written as by {@link #run(List, Progress)}, which documents the exceptions.
   */
  public AnalysisSummary runResults(Iterable<ArticleResult> made, Progress progress)
      throws IOException {
    return run(taking(made), progress);
  }

  /**
   * Grows the store with per-article results made elsewhere, taken as {@link #runResults} takes
   * them, without an output folder: the corpus records are saved in the store as {@link #add} saves
   * them for {@code serve --ingest}, and no file is written, nor the report rendered.
   *
   * @throws IllegalStateException without a store
   * @throws CorpusStageException when a corpus stage failed: the articles are saved, the corpus
   *     records are left for the next run
   */
  public AnalysisSummary addResults(Iterable<ArticleResult> made) {
    requireStore();
    long started = System.nanoTime();
    StageTimer timer = new StageTimer();
    ResultWriter results = new ResultWriter(store, Progress.NONE);
    List<Diagnostic> corpusDiagnostics = new ArrayList<>();
    grow(taking(made), results, Progress.NONE, timer, corpusDiagnostics, false);
    return summary(
        results, diagnosticLines(results.diagnostics(), corpusDiagnostics), timer, started);
  }

  /** The layers only the output folder holds: a run growing a store without one makes none. */
  private static final Set<Layer> ONLY_IN_FOLDER = EnumSet.of(Layer.REPORT);

  /** A feed of per-article results made elsewhere: each not stored yet is taken. */
  private static Feed taking(Iterable<ArticleResult> made) {
    return (prepared, results) ->
        made.forEach(
            result -> {
              if (!results.isStored(result)) {
                results.write(result, null);
              }
            });
  }

  private void requireStore() {
    if (store == null) {
      throw new IllegalStateException("adding documents needs a store");
    }
  }

  /** Hands the run's per-article results to its result writer, in input order. */
  private interface Feed {
    void feed(Prepared pipeline, ResultWriter results);
  }

  private AnalysisSummary run(Feed feed, Progress progress) throws IOException {
    long started = System.nanoTime();
    OutputSet set = OutputSet.open(options.out());
    try {
      AnalysisSummary summary = run(feed, progress, set, started);
      set.commit();
      return summary;
    } catch (CorpusStageException e) {
      set.commit();
      throw e;
    } catch (IOException | UncheckedIOException e) {
      set.abandon();
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      throw new IOException(
          "cannot write the output into "
              + options.out()
              + " ("
              + (cause.getMessage() == null ? cause.toString() : cause.getMessage())
              + (set.committing()
                  ? "); the files there are incomplete (no run.json): run again"
                  : "); what it held before this run is unchanged"),
          e);
    } catch (RuntimeException | Error e) {
      set.abandon();
      throw e;
    }
  }

  private AnalysisSummary run(Feed feed, Progress progress, OutputSet out, long started)
      throws IOException {
    StageTimer timer = new StageTimer();
    Pipeline pipeline = pipeline();
    ResultWriter results = new ResultWriter(store, progress);
    List<Diagnostic> corpusDiagnostics = new ArrayList<>();
    Corpus corpus;
    try {
      corpus = grow(feed, results, progress, timer, corpusDiagnostics, true);
    } catch (CorpusStageException e) {
      // the per-article records stand without the corpus records: written, with the failure
      results.writeTo(out.file("articles.jsonl"), RecordFiles.ArticleLine::of);
      writeDiagnostics(out, results.diagnostics(), corpusDiagnostics);
      throw e;
    }
    write(out, corpus);
    // written last: the corpus stages may bound an undated article's publication date
    results.writeTo(out.file("articles.jsonl"), corpus::line);
    List<DiagnosticLine> diagnostics =
        writeDiagnostics(out, results.diagnostics(), corpusDiagnostics);
    Files.writeString(
        out.file(OutputSet.RUN),
        Jsonl.line(Provenance.of(options.until(), pipeline, options.rules())) + "\n");
    return summary(results, diagnostics, timer, started);
  }

  private AnalysisSummary summary(
      ResultWriter results, List<DiagnosticLine> diagnostics, StageTimer timer, long started) {
    return new AnalysisSummary(
        results.articles(),
        results.rejected(),
        results.fromStore(),
        diagnostics.size(),
        Duration.ofNanos(System.nanoTime() - started),
        timer.totals(),
        results.rejections(),
        countByStage(diagnostics, pipeline().stageNames()),
        results.notAnalysed(),
        timer.cpuTotals());
  }

  /**
   * The one orchestration both a CLI run and a server's queue use: the stored articles first (with
   * a store), then the per-article results {@code feed} hands over (inputs analysed now, skipping
   * content already stored), then the corpus stages over the whole corpus, whose records are saved
   * in the store and, {@code toFolder}, returned whole for the output folder (else only saved, the
   * stored articles read without their text: {@link Corpus#savedOnly}).
   *
   * @throws CorpusStageException naming the stage, when one fails; its diagnostics are added to
   *     {@code corpusDiagnostics}, and the per-article results are in {@code results}
   */
  private Corpus grow(
      Feed feed,
      ResultWriter results,
      Progress progress,
      StageTimer timer,
      List<Diagnostic> corpusDiagnostics,
      boolean toFolder) {
    Pipeline pipeline = pipeline();
    try {
      if (store != null) {
        store.beginRun(Provenance.of(options.until(), pipeline, options.rules()));
        timer.time("load store", () -> results.addStored(toFolder));
      }
      feed.feed(prepared(timer), results);
    } catch (RunFailed e) {
      throw new IllegalStateException(e.getMessage(), e.getCause());
    } finally {
      progress.done();
    }
    try {
      Corpus corpus =
          pipeline.group(
              results.added(),
              results.all(),
              corpusDiagnostics,
              timer,
              toFolder ? Set.of() : ONLY_IN_FOLDER,
              !toFolder);
      if (store != null) {
        timer.time(
            "save store",
            () -> {
              Set<String> added = new HashSet<>();
              results.added().forEach(r -> added.add(r.record().id()));
              Set<String> asStored = new HashSet<>();
              results.all().stream()
                  .map(r -> r.record().id())
                  .filter(id -> !added.contains(id))
                  .forEach(asStored::add);
              store.saveRecords(
                  corpus.records(),
                  corpus.outletList(),
                  corpus::outletId,
                  corpus::publishedEvent,
                  corpus.quoteSpeakers(asStored));
              if (corpus.reuse() != null) {
                store.saveStoryDigests(corpus.reuse().digests());
              }
              return null;
            });
      }
      return corpus;
    } catch (CorpusStageException e) {
      corpusDiagnostics.add(new Diagnostic(e.stage(), "failed: " + e.getCause()));
      throw e;
    }
  }

  /**
   * What became of one item handed to {@link #add}: the id of the article it is (analysed now, or
   * stored before with the same content), or the reason it was rejected.
   */
  public record Outcome(IngestItem item, String article, String rejected) {}

  /**
   * What {@link #add} did: one outcome per item, in order, and the corpus stage failure that left
   * the corpus records pending (the articles are saved; the next run or call makes them), or null.
   */
  public record Added(List<Outcome> outcomes, CorpusStageException corpusFailed) {}

  /**
   * Grows the store with documents handed over in memory (a server's ingestion queue) instead of
   * files: the same per-article and corpus stages as {@link #run}, the models loaded once for the
   * life of this analysis, and no output folder. Not thread-safe: one caller at a time.
   *
   * @throws IllegalStateException without a store, or as {@link #run}
   */
  public Added add(List<? extends IngestItem> items) {
    requireStore();
    Map<IngestItem, Outcome> outcomes = new java.util.IdentityHashMap<>();
    ResultWriter results =
        new ResultWriter(
            store,
            Progress.NONE,
            (item, record) ->
                outcomes.put(
                    item,
                    record instanceof Rejection r
                        ? new Outcome(item, null, r.rejected())
                        : new Outcome(item, record.id(), null)));
    CorpusStageException failed = null;
    try {
      grow(
          (prepared, written) -> analyse(sink -> items.forEach(sink), prepared, written),
          results,
          Progress.NONE,
          new StageTimer(),
          new ArrayList<>(),
          false);
    } catch (CorpusStageException e) {
      failed = e;
    }
    List<Outcome> out = new ArrayList<>();
    for (IngestItem item : items) {
      Outcome o = outcomes.get(item);
      // not handed to the stages: its content is stored already, as this article
      out.add(o != null ? o : new Outcome(item, item.id(), null));
    }
    return new Added(out, failed);
  }

  /** The pipeline of this analysis, made once (its models load once, when first needed). */
  private synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = Pipeline.standard(options.until(), Models.of(options.rules()), store);
    }
    return pipeline;
  }

  private synchronized Prepared prepared(StageTimer timer) {
    if (prepared == null) {
      prepared = new Prepared(pipeline(), timer);
    }
    return prepared.timedBy(timer);
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
  private void write(OutputSet out, Corpus corpus) throws IOException {
    if (!options.until().runs(Until.EXTRACT)) {
      return;
    }
    if (corpus.savedOnly()) {
      throw new IllegalStateException("the corpus records were read only to be saved");
    }
    boolean grouped = options.until().runs(Until.GROUP);
    RecordFiles.writeCorpus(
        out::file,
        corpus.records(),
        corpus.outletList(),
        name -> grouped || !GROUP_FILES.contains(name));
    Files.writeString(out.file("report.html"), corpus.report());
  }

  /** The record files only the whole analysis writes. */
  private static final Set<String> GROUP_FILES =
      Set.of("stories.jsonl", "coverage.jsonl", "conflicts.jsonl");

  /** Writes {@code diagnostics.jsonl}, one line per problem met, and returns its lines. */
  private static List<DiagnosticLine> writeDiagnostics(
      OutputSet out, Map<String, List<Diagnostic>> perInput, List<Diagnostic> corpus)
      throws IOException {
    List<DiagnosticLine> lines = diagnosticLines(perInput, corpus);
    writeLines(out.file("diagnostics.jsonl"), lines);
    return lines;
  }

  /** The lines of {@code diagnostics.jsonl}: each input's problems, then the corpus stages'. */
  private static List<DiagnosticLine> diagnosticLines(
      Map<String, List<Diagnostic>> perInput, List<Diagnostic> corpus) {
    List<DiagnosticLine> lines = new ArrayList<>();
    perInput.forEach(
        (source, found) ->
            found.forEach(d -> lines.add(new DiagnosticLine(source, d.stage(), d.message()))));
    corpus.forEach(d -> lines.add(new DiagnosticLine(null, d.stage(), d.message())));
    return lines;
  }

  /**
   * One line of {@code diagnostics.jsonl}.
   *
   * @param source the input it concerns, or null for a corpus stage's
   */
  record DiagnosticLine(String source, String stage, String message) {}

  private static void writeLines(Path file, List<?> records) throws IOException {
    RecordFiles.writeLines(file, records);
  }

  /**
   * Streams the inputs not stored yet through the per-article stages on the worker threads, a
   * bounded window at a time, and hands the results to {@code results} in input order.
   *
   * <p>When the heap runs out during a document's analysis, the thread it struck need not be that
   * of the document that used the memory. Every document then in flight is settled (each finishes
   * or fails), and each that failed is analysed again alone, nothing else in flight: one that still
   * runs out of memory is rejected with its stage, the others keep their results.
   *
   * @throws RunFailed when the run failed outside a document's analysis (an {@link Error}, so that
   *     the reader of the input being read does not take it for its own fault)
   */
  private void analyse(
      Consumer<Consumer<IngestItem>> source, Prepared pipeline, ResultWriter results) {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    int window = 8 * options.threads();
    Deque<InFlight> inFlight = new ArrayDeque<>();
    try {
      source.accept(
          item -> {
            if (results.isStored(item)) {
              return;
            }
            inFlight.add(new InFlight(item, pool.submit(() -> pipeline.process(item))));
            while (inFlight.size() >= window) {
              settle(inFlight, pool, pipeline, results);
            }
          });
      while (!inFlight.isEmpty()) {
        settle(inFlight, pool, pipeline, results);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A document handed to the workers and its result to come. */
  private record InFlight(IngestItem item, Future<ArticleResult> result) {}

  /** Writes the oldest result in flight; when it ran out of memory, isolates the cause first. */
  private static void settle(
      Deque<InFlight> inFlight, ExecutorService pool, Prepared pipeline, ResultWriter results) {
    InFlight head = inFlight.poll();
    Object first = await(head.result());
    if (first instanceof ArticleResult result) {
      results.write(result, head.item());
      return;
    }
    List<InFlight> batch = new ArrayList<>();
    batch.add(head);
    batch.addAll(inFlight);
    inFlight.clear();
    List<Object> outcomes = new ArrayList<>();
    outcomes.add(first);
    for (InFlight f : batch.subList(1, batch.size())) {
      outcomes.add(await(f.result()));
    }
    for (int i = 0; i < batch.size(); i++) {
      Object outcome = outcomes.get(i);
      if (outcome instanceof StageOutOfMemoryError) {
        IngestItem item = batch.get(i).item();
        outcome = await(pool.submit(() -> pipeline.process(item)));
      }
      if (outcome instanceof StageOutOfMemoryError alone) {
        RawDocument doc = (RawDocument) batch.get(i).item();
        outcome =
            ArticleResult.of(Rejection.of(doc.source(), OUT_OF_MEMORY, alone.stage()), List.of());
      }
      results.write((ArticleResult) outcome, batch.get(i).item());
    }
  }

  /** The reason of a document that runs out of memory when analysed alone. */
  public static final String OUT_OF_MEMORY =
      "out of memory: analysed alone, it still exhausts the heap";

  /**
   * The pipeline of a run, its models loaded when the first document needs them (a run whose inputs
   * are all stored loads none), timed as {@code load models}.
   */
  private static final class Prepared {
    private final Pipeline pipeline;
    private volatile StageTimer timer;
    private volatile boolean prepared;

    Prepared(Pipeline pipeline, StageTimer timer) {
      this.pipeline = pipeline;
      this.timer = timer;
    }

    /** The same loaded pipeline, its time counted from now on by {@code timer} (a new run's). */
    Prepared timedBy(StageTimer timer) {
      this.timer = timer;
      return this;
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

  /**
   * The result of a document, or the {@link StageOutOfMemoryError} it failed with.
   *
   * @throws RunFailed when it failed otherwise (outside the per-document guard)
   */
  private static Object await(Future<ArticleResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunFailed("analysis interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof StageOutOfMemoryError oom) {
        return oom;
      }
      throw new RunFailed("the analysis failed outside a document: " + e.getCause(), e.getCause());
    }
  }

  /**
   * The run failed outside any document's analysis. An {@link Error}, so that it passes the guard
   * of the input reader it is thrown through, which would otherwise blame the file being read.
   */
  private static final class RunFailed extends Error {
    private static final long serialVersionUID = 1L;

    RunFailed(String message, Throwable cause) {
      super(message, cause);
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
