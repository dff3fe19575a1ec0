package dev.parallax.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Jsonl;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.serve.Server;
import dev.parallax.store.StoreLocation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax bench feed}: a server with ingestion on a new store, fed over HTTP; the time from
 * a post to its job being done (the article stored, in its story, on the pages), idle and under a
 * steady feed, the sustained rate, and the heap.
 */
@Command(
    name = "feed",
    mixinStandardHelpOptions = true,
    description = {
      "Ingestion of a server (serve --ingest): starts one on a new SQLite store, in this JVM, and"
          + " posts the articles read from INPUT (as analyze reads them; a copy k > 0 of an"
          + " article gets its url with #k and a last sentence naming k, so that every post is new)"
          + " to POST /api/articles, then watches GET /api/jobs/ID. Three phases: idle (one"
          + " article at a time, each posted when the one before is done), a steady feed (one"
          + " article every --every seconds) and a burst (--burst articles in one post: the"
          + " sustained rate). The time of a job is from its post to done as the server records"
          + " them; done means stored, placed in its story and on the pages. Heap: the peak of the"
          + " heap pools over the run, and the heap in use after a collection at the end.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  parallax bench feed --manifest examples/manifest.csv --idle 10 --feed 20 --every 5"
          + " --burst 30 examples/"
    })
final class BenchFeedCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders of articles")
  List<Path> inputs;

  @Option(names = "--manifest", paramLabel = "FILE", description = "Metadata of the inputs")
  Path manifest;

  @Option(names = "--idle", defaultValue = "10", description = "Articles posted one at a time")
  int idle;

  @Option(names = "--feed", defaultValue = "20", description = "Articles of the steady feed")
  int feed;

  @Option(
      names = "--every",
      defaultValue = "5",
      description = "Seconds between two posts of the steady feed")
  double every;

  @Option(names = "--burst", defaultValue = "30", description = "Articles posted at once")
  int burst;

  @Option(names = "--threads", defaultValue = "2", description = "Worker threads of the server")
  int threads;

  @Option(
      names = "--without-models",
      description = "The model-free pipeline (no NLP): what the queue, store and pages cost")
  boolean withoutModels;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<ObjectNode> articles = new ArrayList<>();
  private int next;

  @Override
  public Integer call() throws Exception {
    Manifest meta = manifest == null ? Manifest.EMPTY : Manifest.read(manifest);
    new Ingestor(meta, new IngestOptions(16L << 20))
        .read(
            inputs,
            item -> {
              if (item instanceof RawDocument d) {
                articles.add(record(d));
              }
            });
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no article in the inputs");
    }
    Path dir = Files.createTempDirectory("parallax-bench-feed");
    Map<String, Object> out = new LinkedHashMap<>();
    long started = System.nanoTime();
    try (Server server =
        Server.ingesting(
            new StoreLocation.SqliteFile(dir.resolve("corpus.db")),
            100_000,
            threads,
            withoutModels)) {
      // the models load with the first batch: one article first, timed apart
      List<Double> first = new ArrayList<>();
      await(server, List.of(post(server, List.of(nextArticle())).get(0)), first);
      out.put("pipeline", withoutModels ? "without models" : "standard");
      out.put("first_article_s", round(first.get(0)));
      List<Double> idleTimes = new ArrayList<>();
      for (int i = 0; i < idle; i++) {
        await(server, post(server, List.of(nextArticle())), idleTimes);
      }
      out.put("idle", stats(idleTimes));
      List<String> fed = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int i = 0; i < feed; i++) {
        long due = t0 + (long) (i * every * 1e9);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000);
        }
        fed.addAll(post(server, List.of(nextArticle())));
      }
      List<Double> feedTimes = new ArrayList<>();
      await(server, fed, feedTimes);
      Map<String, Object> steady = stats(feedTimes);
      steady.put("every_s", every);
      out.put("steady", steady);
      List<ObjectNode> many = new ArrayList<>();
      for (int i = 0; i < burst; i++) {
        many.add(nextArticle());
      }
      long b0 = System.nanoTime();
      List<Double> burstTimes = new ArrayList<>();
      await(server, post(server, many), burstTimes);
      double seconds = (System.nanoTime() - b0) / 1e9;
      Map<String, Object> rate = stats(burstTimes);
      rate.put("articles", burst);
      rate.put("seconds", round(seconds));
      rate.put("articles_per_min", round(burst / seconds * 60));
      out.put("burst", rate);
    }
    out.put("total_s", round((System.nanoTime() - started) / 1e9));
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    Runtime rt = Runtime.getRuntime();
    out.put("heap_peak_mb", peak >> 20);
    out.put("heap_after_gc_mb", (rt.totalMemory() - rt.freeMemory()) >> 20);
    out.put("heap_max_mb", rt.maxMemory() >> 20);
    System.out.println(Jsonl.mapper().writeValueAsString(out));
    return 0;
  }

  private static ObjectNode record(RawDocument d) {
    ObjectNode o = Jsonl.mapper().createObjectNode();
    String url = d.metadata().url();
    o.put("url", url != null ? url : "https://bench.example/" + d.id());
    if (d.metadata().outlet() != null) {
      o.put("outlet", d.metadata().outlet());
    }
    if (d.metadata().published() != null) {
      o.put("published", d.metadata().published().toString());
    }
    if (d.metadata().title() != null) {
      o.put("title", d.metadata().title());
    }
    String content = new String(d.content(), StandardCharsets.UTF_8);
    o.put(d.type() == MediaType.HTML ? "html" : "text", content);
    return o;
  }

  /** The next article to post: copy k of article i, new content for every k. */
  private ObjectNode nextArticle() {
    int i = next % articles.size();
    int k = next / articles.size();
    next++;
    ObjectNode a = articles.get(i).deepCopy();
    if (k > 0) {
      a.put("url", a.get("url").asText() + "#" + k);
      String field = a.has("html") ? "html" : "text";
      String tail = " This is copy " + k + " of the report.";
      a.put(field, a.get(field).asText() + (field.equals("html") ? "<p>" + tail + "</p>" : tail));
    }
    return a;
  }

  private List<String> post(Server server, List<ObjectNode> batch) throws Exception {
    ArrayNode body = Jsonl.mapper().createArrayNode().addAll(batch);
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/articles"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 202) {
      throw new IllegalStateException("post answered " + r.statusCode() + ": " + r.body());
    }
    List<String> ids = new ArrayList<>();
    Jsonl.mapper().readTree(r.body()).get("jobs").forEach(j -> ids.add(j.get("id").asText()));
    return ids;
  }

  /** Waits for every job to end, adding each one's seconds from post to done to {@code times}. */
  private void await(Server server, List<String> jobs, List<Double> times) throws Exception {
    for (String id : jobs) {
      while (true) {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/api/jobs/" + id))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode j = Jsonl.mapper().readTree(r.body());
        String state = j.get("state").asText();
        if (state.equals("done")) {
          times.add(
              Duration.between(
                          Instant.parse(j.get("posted").asText()),
                          Instant.parse(j.get("finished").asText()))
                      .toMillis()
                  / 1000.0);
          break;
        }
        if (state.equals("rejected")) {
          throw new IllegalStateException("job " + id + " rejected: " + j.get("reason"));
        }
        Thread.sleep(100);
      }
    }
  }

  private static Map<String, Object> stats(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    sorted.sort(Double::compare);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", sorted.size());
    m.put("p50_s", sorted.isEmpty() ? null : round(percentile(sorted, 0.50)));
    m.put("p95_s", sorted.isEmpty() ? null : round(percentile(sorted, 0.95)));
    m.put("max_s", sorted.isEmpty() ? null : round(sorted.get(sorted.size() - 1)));
    return m;
  }

  /** The nearest-rank percentile. */
  private static double percentile(List<Double> sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.size());
    return sorted.get(Math.max(0, rank - 1));
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
