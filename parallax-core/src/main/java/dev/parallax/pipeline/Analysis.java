package dev.parallax.pipeline;

import dev.parallax.actors.ActorResolver;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.annotate.Profile;
import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.clean.Cleaner;
import dev.parallax.events.EventExtractor;
import dev.parallax.ingest.Ingestor;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
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
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * earlier one is rejected as a duplicate of it.
 */
public final class Analysis {
  private final Ingestor ingestor;
  private final Cleaner cleaner;
  private final AnalysisOptions options;

  public Analysis(Ingestor ingestor, Cleaner cleaner, AnalysisOptions options) {
    this.ingestor = ingestor;
    this.cleaner = cleaner;
    this.options = options;
  }

  public AnalysisSummary run(List<Path> inputs, Progress progress) throws IOException {
    long started = System.nanoTime();
    StageTimer timer = new StageTimer();
    KnowledgeBase kb =
        options.until().runs(Stage.EXTRACT)
            ? timer.time("load models", KnowledgeBase::builtIn)
            : null;
    ArticleStages stages = new ArticleStages(cleaner, models(kb, timer), options.until(), timer);
    CorpusStages corpus = new CorpusStages(kb, options.until(), timer);
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemonThreads());
    int window = 8 * options.threads();
    Deque<Future<ArticleResult>> inFlight = new ArrayDeque<>();
    Map<String, String> seen = new HashMap<>();
    List<ArticleRecord> records = new ArrayList<>();
    int[] counts = new int[2];
    try {
      ingestor.read(
          inputs,
          item -> {
            inFlight.add(pool.submit(() -> process(stages, item)));
            while (inFlight.size() >= window) {
              keep(await(inFlight.poll()), seen, records, counts, progress, corpus);
            }
          });
      while (!inFlight.isEmpty()) {
        keep(await(inFlight.poll()), seen, records, counts, progress, corpus);
      }
    } finally {
      pool.shutdownNow();
      progress.done();
    }
    corpus.write(options.out());
    // written last: the corpus stages may bound an undated article's publication date
    try (JsonlFileWriter articles = new JsonlFileWriter(options.out().resolve("articles.jsonl"))) {
      for (ArticleRecord record : records) {
        articles.write(record instanceof Article a ? corpus.dated(a) : record);
      }
    }
    return new AnalysisSummary(
        counts[0], counts[1], Duration.ofNanos(System.nanoTime() - started), timer.totals());
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
                new TimeTagger(),
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

  private static void keep(
      ArticleResult result,
      Map<String, String> seen,
      List<ArticleRecord> records,
      int[] counts,
      Progress progress,
      CorpusStages corpus) {
    ArticleRecord record = result.record();
    if (record instanceof Article article) {
      String first = seen.putIfAbsent(article.id(), article.source());
      if (first != null) {
        record =
            new Rejection(
                ContentId.of('r', article.source()), article.source(), "duplicate of " + first);
      } else {
        corpus.add(article, result);
      }
    }
    records.add(record);
    counts[record instanceof Article ? 0 : 1]++;
    progress.update(counts[0], counts[1]);
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
