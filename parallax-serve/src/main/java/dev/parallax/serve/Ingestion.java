package dev.parallax.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.parallax.ingest.Ingestor;
import dev.parallax.model.ContentId;
import dev.parallax.model.Jsonl;
import dev.parallax.model.RawDocument;
import dev.parallax.pipeline.Analysis;
import dev.parallax.store.JobQueue;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server's ingestion: articles posted to {@code POST /api/articles} are checked, queued in the
 * store ({@link JobQueue}) and analysed in the background, a batch at a time, by one worker thread
 * that owns the store's writer and one {@link Analysis} (the same orchestration as {@code parallax
 * analyze --store}; its models load once). The pages read the store on each request, so they show a
 * batch once it is saved; after it, {@code afterBatch} brings the search index up to date.
 */
final class Ingestion implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

  /** The fields an article record may have (the JSON Lines input format). */
  static final Set<String> FIELDS =
      Set.of("url", "outlet", "published", "title", "language", "html", "text");

  private static final int MAX_URL = 2048;
  private static final int MAX_FIELD = 1000;

  /**
   * How ingestion runs.
   *
   * @param capacity how many jobs may wait (queued or running) before a post is refused with 429
   * @param batch how many queued jobs the worker analyses together at most
   * @param maxArticles how many articles one post may carry
   * @param maxDocumentBytes the largest article ({@code html} or {@code text}) taken, in bytes
   */
  record Settings(int capacity, int batch, int maxArticles, long maxDocumentBytes) {
    Settings {
      if (capacity < 1 || batch < 1 || maxArticles < 1 || maxDocumentBytes < 1) {
        throw new IllegalArgumentException("ingestion settings must be at least 1");
      }
    }
  }

  private final JobQueue queue;
  private final Analysis analysis;
  private final Settings settings;
  private final Runnable afterBatch;
  private final Object signal = new Object();
  private final Thread worker;
  private volatile boolean stopping;
  private volatile double secondsPerArticle = 1;

  /**
   * @param queue the store's queue (opened by the process holding its writer)
   * @param analysis an analysis growing that store; used by the worker thread only
   * @param afterBatch run after each batch is saved (the server brings its search index up to date)
   */
  Ingestion(JobQueue queue, Analysis analysis, Settings settings, Runnable afterBatch) {
    this.queue = queue;
    this.analysis = analysis;
    this.settings = settings;
    this.afterBatch = afterBatch;
    this.worker = new Thread(this::work, "parallax-ingest");
    worker.setDaemon(true);
  }

  Ingestion start() {
    worker.start();
    return this;
  }

  Settings settings() {
    return settings;
  }

  /** A refused post: its status, message and, for 429, the seconds to wait. */
  static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final long retryAfter;

    Full(long retryAfter, String message) {
      super(message);
      this.retryAfter = retryAfter;
    }
  }

  /**
   * Checks and queues the articles of one post (one JSON object, an array of them, or JSON Lines),
   * all or none.
   *
   * @throws Params.Refused (400, 413) naming the first article that is not one, and why
   * @throws Full when the queue cannot take them
   */
  JobQueue.Submitted submit(byte[] body) {
    List<JsonNode> records = records(body);
    List<JobQueue.Posted> posted = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      try {
        posted.add(posted(records.get(i)));
      } catch (IllegalArgumentException e) {
        throw Params.bad(
            (records.size() == 1 ? "the article" : "article " + (i + 1)) + ": " + e.getMessage());
      }
    }
    JobQueue.Submitted submitted = queue.submit(posted, settings.capacity());
    if (submitted.full()) {
      long wait = Math.max(1, Math.min(3600, Math.round(queue.waiting() * secondsPerArticle)));
      throw new Full(
          wait,
          "the queue is full ("
              + settings.capacity()
              + " articles wait to be analysed); post again in "
              + wait
              + " s");
    }
    synchronized (signal) {
      signal.notifyAll();
    }
    return submitted;
  }

  /** The saved searches of the store this ingestion writes. */
  dev.parallax.store.SavedSearches searches() {
    return queue.searches();
  }

  Optional<JobQueue.Job> job(String id) {
    return queue.job(id);
  }

  /** The records of a body: one object, an array of objects, or objects one after another. */
  private List<JsonNode> records(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw Params.bad(
          "the body is empty: post one article {url, title, html | text, ...}, an"
              + " array of them, or JSON Lines");
    }
    List<JsonNode> out = new ArrayList<>();
    try {
      if (text.startsWith("[")) {
        JsonNode array = Jsonl.mapper().readTree(text);
        array.forEach(out::add);
      } else {
        try (JsonParser parser = Jsonl.mapper().getFactory().createParser(text);
            MappingIterator<JsonNode> it = Jsonl.mapper().readValues(parser, JsonNode.class)) {
          while (it.hasNextValue()) {
            out.add(it.nextValue());
            if (out.size() > settings.maxArticles()) {
              break;
            }
          }
        }
      }
    } catch (JsonProcessingException e) {
      throw Params.bad("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException | RuntimeException e) {
      throw Params.bad("the body is not JSON: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw Params.bad("the body holds no article");
    }
    if (out.size() > settings.maxArticles()) {
      throw new Params.Refused(
          413, "a post may carry at most " + settings.maxArticles() + " articles");
    }
    return out;
  }

  /** One checked article record, as its job will keep it. */
  private JobQueue.Posted posted(JsonNode record) {
    if (record == null || !record.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    Iterator<String> names = record.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new IllegalArgumentException(
            "unknown field \"" + name + "\"; the fields are " + new java.util.TreeSet<>(FIELDS));
      }
      JsonNode value = record.get(name);
      if (!value.isTextual() && !value.isNull()) {
        throw new IllegalArgumentException("\"" + name + "\" must be a string");
      }
    }
    String url = record.path("url").asText("");
    checkUrl(url);
    for (String field : List.of("outlet", "title", "published", "language")) {
      if (record.path(field).asText("").length() > MAX_FIELD) {
        throw new IllegalArgumentException(
            "\"" + field + "\" is longer than " + MAX_FIELD + " characters");
      }
    }
    boolean html = record.hasNonNull("html");
    boolean text = record.hasNonNull("text");
    if (html && text) {
      throw new IllegalArgumentException("give \"html\" or \"text\", not both");
    }
    String content = record.path(html ? "html" : "text").asText("");
    if (content.isBlank()) {
      throw new IllegalArgumentException("no \"html\" or \"text\": the article's page or text");
    }
    if (content.getBytes(StandardCharsets.UTF_8).length > settings.maxDocumentBytes()) {
      throw new IllegalArgumentException(
          "larger than " + (settings.maxDocumentBytes() >> 20) + " MB");
    }
    RawDocument doc = Ingestor.jsonRecord("POST /api/articles", record);
    return new JobQueue.Posted(ContentId.of('j', url, doc.id()), url, record.toString());
  }

  private static void checkUrl(String url) {
    if (url.isBlank()) {
      throw new IllegalArgumentException(
          "no \"url\": the address the article was read at (a new text at the same url is a new"
              + " version of the article)");
    }
    if (url.length() > MAX_URL) {
      throw new IllegalArgumentException("\"url\" is longer than " + MAX_URL + " characters");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        throw new IllegalArgumentException("\"url\" must be an http or https address: " + url);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("\"url\" is not an address: " + e.getMessage());
    }
  }

  /** The worker: claims a batch, analyses it into the store, ends its jobs; waits when idle. */
  private void work() {
    while (!stopping) {
      List<JobQueue.Job> jobs;
      try {
        jobs = queue.claim(settings.batch());
        if (jobs.isEmpty()) {
          synchronized (signal) {
            if (!stopping) {
              signal.wait(1000);
            }
          }
          continue;
        }
        long started = System.nanoTime();
        List<Runnable> ends = analyse(jobs);
        secondsPerArticle = (System.nanoTime() - started) / 1e9 / jobs.size();
        try {
          afterBatch.run();
        } finally {
          // done once the pages show the article in its story
          ends.forEach(Runnable::run);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        if (stopping) {
          return;
        }
        // the store or the analysis failed outside any article: the jobs go back in the queue
        LOG.error("ingestion failed, its jobs are queued again: {}", e.toString(), e);
        try {
          queue.requeueRunning();
          Thread.sleep(5000);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        } catch (RuntimeException again) {
          LOG.error("cannot requeue the jobs: {}", again.toString());
        }
      }
    }
  }

  /** Analyses the jobs' articles into the store; returns how to end each job. */
  private List<Runnable> analyse(List<JobQueue.Job> jobs) {
    List<RawDocument> docs = new ArrayList<>();
    List<JobQueue.Job> analysed = new ArrayList<>();
    List<Runnable> ends = new ArrayList<>();
    for (JobQueue.Job job : jobs) {
      try {
        docs.add(
            Ingestor.jsonRecord(
                "POST /api/articles job " + job.id(), Jsonl.mapper().readTree(job.record())));
        analysed.add(job);
      } catch (IOException | IllegalArgumentException e) {
        String why = "the stored record no longer reads: " + e.getMessage();
        ends.add(() -> queue.finish(job.id(), null, why));
      }
    }
    if (docs.isEmpty()) {
      return ends;
    }
    Analysis.Added added = analysis.add(docs);
    for (int i = 0; i < analysed.size(); i++) {
      Analysis.Outcome o = added.outcomes().get(i);
      String id = analysed.get(i).id();
      ends.add(() -> queue.finish(id, o.article(), o.rejected()));
    }
    if (added.corpusFailed() != null) {
      LOG.error(
          "a corpus stage failed; the articles are saved, their stories wait for the next batch: {}",
          added.corpusFailed().getMessage());
    }
    return ends;
  }

  /**
   * Stops the worker: the batch it analyses ends first (waiting up to a minute); jobs still running
   * then go back to the queue when the store is next served.
   */
  @Override
  public void close() {
    stopping = true;
    synchronized (signal) {
      signal.notifyAll();
    }
    try {
      worker.join(60_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    queue.close();
  }
}
