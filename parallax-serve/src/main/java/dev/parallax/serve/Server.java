package dev.parallax.serve;

import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Until;
import dev.parallax.resources.Rules;
import dev.parallax.store.JobQueue;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.search.SearchIndex;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A running {@code parallax serve}: the pages and API over a store read beside its writer, and,
 * with ingestion, the store's writer itself (its lock held while the server runs), its queue and
 * the worker that analyses what is posted. Closing stops the server, then the worker (its batch
 * ends first), then releases the store.
 */
public final class Server implements AutoCloseable {
  private final Javalin app;
  private final ServeApp serve;
  private final RelationalStore writer;
  private final Ingestion ingestion;
  private final SearchIndex index;
  private final IndexKeeper keeper;
  private final Corpus corpus;

  private Server(
      Javalin app,
      ServeApp serve,
      RelationalStore writer,
      Ingestion ingestion,
      SearchIndex index,
      IndexKeeper keeper,
      Corpus corpus) {
    this.app = app;
    this.serve = serve;
    this.writer = writer;
    this.ingestion = ingestion;
    this.index = index;
    this.keeper = keeper;
    this.corpus = corpus;
  }

  /**
   * The search index beside the store: its folder, how often it catches up with the store (seconds,
   * 0: at start only; a server with ingestion also catches up after each batch), and where it says
   * so.
   */
  record Index(Path dir, int every, java.io.PrintWriter log) {}

  /**
   * How a server with ingestion analyses.
   *
   * @param settings the queue's bounds
   * @param threads worker threads for the per-article stages
   * @param rules the rule tables
   * @param pipeline the pipeline to run over the writer store, or null for the standard one (a
   *     test's model-free pipeline)
   */
  record Ingest(
      Ingestion.Settings settings,
      int threads,
      Rules rules,
      Function<RelationalStore, Pipeline> pipeline) {}

  /**
   * Starts serving {@code location} on {@code host}:{@code port}; with {@code ingest}, takes the
   * store's writer lock first (failing at once, naming the holder, when another process writes it)
   * and names this server as its writer.
   */
  static Server start(
      StoreLocation location,
      Security security,
      String host,
      int port,
      Ingest ingest,
      Index search) {
    RelationalStore writer = null;
    JobQueue queue = null;
    SearchIndex index = null;
    IndexKeeper keeper = null;
    Corpus corpus = null;
    try {
      if (ingest != null) {
        writer = RelationalStore.open(location);
        queue = JobQueue.open(writer);
      }
      index = SearchIndex.open(search.dir());
      keeper = new IndexKeeper(RelationalStore.openReader(location), index, search.log());
      keeper.catchUp();
      keeper.every(search.every());
      corpus = Corpus.open(location);
      Ingestion ingestion = null;
      Server[] self = {null};
      if (ingest != null) {
        AnalysisOptions options =
            new AnalysisOptions(
                Path.of("parallax-out"), Until.last(), ingest.threads(), ingest.rules());
        Ingestor ingestor =
            new Ingestor(Manifest.EMPTY, new IngestOptions(ingest.settings().maxDocumentBytes()));
        Pipeline pipeline = ingest.pipeline() == null ? null : ingest.pipeline().apply(writer);
        Analysis analysis = new Analysis(ingestor, options, writer, pipeline);
        ingestion =
            new Ingestion(queue, analysis, ingest.settings(), () -> self[0].keeper.catchUp());
      }
      ServeApp serve = new ServeApp(corpus, index, ingestion);
      Javalin app = serve.create(security, host, port).start();
      self[0] = new Server(app, serve, writer, ingestion, index, keeper, corpus);
      if (ingestion != null) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        writer.announceServer("http://" + shown + ":" + app.port() + "/");
        ingestion.start();
      }
      return self[0];
    } catch (RuntimeException e) {
      if (corpus != null) {
        corpus.close();
      }
      if (keeper != null) {
        keeper.close();
      }
      if (index != null) {
        index.close();
      }
      if (queue != null) {
        queue.close();
      }
      if (writer != null) {
        writer.close();
      }
      throw e;
    }
  }

  /**
   * A server without ingestion on a free loopback port, no token, its search index beside the store
   * brought up to date first (its progress on {@code log}): what {@code parallax bench serve}
   * measures.
   */
  public static Server reading(StoreLocation store, java.io.PrintWriter log) {
    return start(
        store,
        new Security("127.0.0.1", null),
        "127.0.0.1",
        0,
        null,
        new Index(SearchIndex.location(store, null), 0, log));
  }

  /**
   * A server with ingestion on a free loopback port, no token: what {@code parallax bench feed}
   * measures.
   *
   * @param withoutModels run the model-free pipeline ({@link Pipeline#withoutModels}) instead of
   *     the standard one
   */
  public static Server ingesting(
      StoreLocation store, int capacity, int threads, boolean withoutModels) {
    Rules rules = Rules.bundled();
    Ingest ingest =
        new Ingest(
            new Ingestion.Settings(
                capacity,
                ServeCommand.BATCH,
                ServeCommand.MAX_ARTICLES_PER_POST,
                ServeCommand.MAX_DOCUMENT_BYTES),
            threads,
            rules,
            withoutModels
                ? writer -> Pipeline.withoutModels(dev.parallax.pipeline.Models.of(rules), writer)
                : null);
    return start(
        store,
        new Security("127.0.0.1", null),
        "127.0.0.1",
        0,
        ingest,
        new Index(SearchIndex.location(store, null), 0, new java.io.PrintWriter(System.err, true)));
  }

  public int port() {
    return app.port();
  }

  ServeApp app() {
    return serve;
  }

  /** Stops serving, then the worker (its batch ends first), then releases the store. */
  @Override
  public void close() {
    app.stop();
    if (ingestion != null) {
      ingestion.close();
    }
    keeper.close();
    index.close();
    corpus.close();
    if (writer != null) {
      writer.close();
    }
  }
}
