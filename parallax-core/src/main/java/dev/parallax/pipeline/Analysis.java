package dev.parallax.pipeline;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.clean.Cleaner;
import dev.parallax.events.EventExtractor;
import dev.parallax.ingest.Ingestor;
import dev.parallax.model.ContentId;
import dev.parallax.model.IngestItem;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.time.TimeTagger;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs an analysis: ingest, then the per-article stages in parallel threads, then the corpus
 * stages, writing the JSON Lines files of OUTPUT.md into the output folder.
 *
 * <p>Inputs stream through a bounded window of in-flight documents, and only extracted records
 * (never annotations) are kept for the corpus stages, so memory stays small; results are written in
 * input order, so output is deterministic. Every input ends as one line of {@code articles.jsonl}:
 * an article or a rejection, written after the corpus stages, which may infer an undated article's
 * publication date from the events it shares with dated ones. An input whose content repeats an
 * earlier one is rejected as a duplicate of it. Given a {@link CorpusStore}, the run grows the
 * stored corpus instead: see {@link #Analysis(Ingestor, Cleaner, AnalysisOptions, CorpusStore)}.
 */
public final class Analysis {
  private final Ingestor ingestor;
  private final Cleaner cleaner;
  private final AnalysisOptions options;
  private final CorpusStore store;

  /** An analysis that writes the results of its inputs alone. */
  public Analysis(Ingestor ingestor, Cleaner cleaner, AnalysisOptions options) {
    this(ingestor, cleaner, options, null);
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
  public Analysis(Ingestor ingestor, Cleaner cleaner, AnalysisOptions options, CorpusStore store) {
    if (store != null && options.until() != Stage.last()) {
      throw new IllegalArgumentException("a store needs the whole analysis, not --until");
    }
    this.ingestor = ingestor;
    this.cleaner = cleaner;
    this.options = options;
    this.store = store;
  }

  public AnalysisSummary run(List<Path> inputs, Progress progress) throws IOException {
    long started = System.nanoTime();
    StageTimer timer = new StageTimer();
    KnowledgeBase kb =
        options.until().runs(Stage.EXTRACT)
            ? timer.time("load models", KnowledgeBase::builtIn)
            : null;
    ArticleStages stages =
        new ArticleStages(cleaner, () -> models(kb, timer), options.until(), timer);
    CorpusStages corpus = new CorpusStages(kb, options.until(), timer, store);
    ResultWriter results = new ResultWriter(corpus, store, progress);
    try {
      if (store != null) {
        timer.time("load store", results::addStored);
      }
      analyse(inputs, stages, results);
    } finally {
      progress.done();
    }
    corpus.write(options.out());
    // written last: the corpus stages may bound an undated article's publication date
    results.writeTo(options.out().resolve("articles.jsonl"), corpus::dated);
    return new AnalysisSummary(
        results.articles(),
        results.rejected(),
        results.fromStore(),
        Duration.ofNanos(System.nanoTime() - started),
        timer.totals());
  }

  /**
   * Streams the inputs not stored yet through the per-article stages on the worker threads, a
   * bounded window at a time, and hands the results to {@code results} in input order.
   */
  private void analyse(List<Path> inputs, ArticleStages stages, ResultWriter results) {
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
            inFlight.add(pool.submit(() -> process(stages, item)));
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

  /** Loads the models the run needs, once: {@code --until clean} loads none. */
  private ArticleStages.Models models(KnowledgeBase kb, StageTimer timer) {
    Stage until = options.until();
    if (!until.runs(Stage.ANNOTATE)) {
      return ArticleStages.Models.NONE;
    }
    boolean extract = until.runs(Stage.EXTRACT);
    return timer.time(
        "load models",
        () ->
            new ArticleStages.Models(
                CoreNlpAnnotators.shared(Profile.FULL),
                new TimeTagger(CoreNlpAnnotators.sutime()),
                extract ? new ActorResolver(kb) : null,
                extract ? new EventExtractor() : null,
                extract ? new QuoteExtractor() : null));
  }

  private static ArticleResult process(ArticleStages stages, IngestItem item) {
    if (item instanceof Rejection rejection) {
      return ArticleResult.of(rejection);
    }
    RawDocument doc = (RawDocument) item;
    try {
      return stages.run(doc);
    } catch (RuntimeException e) {
      // A stage bug on one page must not end the batch: the page is rejected with the cause.
      return ArticleResult.of(
          new Rejection(
              ContentId.of('r', doc.source()), doc.source(), "internal error in analysis: " + e));
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
