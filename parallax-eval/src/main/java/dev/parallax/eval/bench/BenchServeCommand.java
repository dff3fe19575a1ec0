package dev.parallax.eval.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Jsonl;
import dev.parallax.serve.Server;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.store.search.SearchIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench serve}: p50/p95 latency of each page and API call of {@code parallax serve}
 * over a bench store, with 1, 8 and 32 concurrent clients on 127.0.0.1.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Latency of the pages and JSON API of parallax serve, search included: p50 and p95 of each"
          + " route with 1, 8 and 32 concurrent clients (a bounded request loop on 127.0.0.1), the"
          + " search index's build time and size, and the server's heap after a full collection.",
      "The store is --out: built as bench store builds one (the analysed records of --from"
          + " replicated to --articles articles) when it does not exist, else reused as it is."
          + " The server runs in this process on a free loopback port; the concrete URLs (stories,"
          + " articles, actors, pairs and months, outlets) are read from its own API; search"
          + " queries (words, phrases, a boolean query with an outlet filter) from its stories'"
          + " titles. Delete the index folder beside the store to time its build.",
      ""
    },
    footer = {
      "",
      "Example:",
      "  parallax bench serve --from /tmp/ex.db --articles 1000 --out /tmp/bench1k.db"
    })
final class BenchServeCommand implements Callable<Integer> {
  @Option(
      names = "--from",
      paramLabel = "STORE",
      description = "Source store (an analysis of e.g. the examples); needed to build --out.")
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
      description = "The SQLite store to serve: built when missing, else reused.")
  Path out;

  @Option(
      names = "--clients",
      split = ",",
      paramLabel = "N",
      defaultValue = "1,8,32",
      description = "Concurrent clients, each level in turn (default: ${DEFAULT-VALUE}).")
  List<Integer> clients;

  @Option(
      names = "--requests",
      paramLabel = "N",
      defaultValue = "200",
      description = "Requests per route at each level, shared by its clients (default: 200).")
  int requests;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** One route: its name and the concrete paths a request picks from. */
  private record Route(String name, boolean page, List<String> paths) {}

  @Override
  public Integer call() throws Exception {
    CommandLine cli = spec.commandLine();
    if (requests < 1 || clients.stream().anyMatch(c -> c < 1 || c > 256)) {
      throw new CommandLine.ParameterException(
          cli, "--requests must be positive and --clients from 1 to 256");
    }
    PrintWriter print = cli.getOut();
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("bench", "serve");
    StoreLocation location = new StoreLocation.SqliteFile(out);
    if (!Files.exists(out)) {
      if (from == null) {
        throw new CommandLine.ParameterException(cli, out + " does not exist: give --from");
      }
      ReplicatedCorpus corpus;
      try {
        corpus = ReplicatedCorpus.of(from, articles);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, e.getMessage());
      }
      corpus.build(location, new LinkedHashMap<>(), print);
    }
    try (RelationalStore store = RelationalStore.openReader(location)) {
      figures.put("articles", store.size());
      print.printf("store %s: %d articles%n", out, store.size());
    }
    ExecutorService io = Executors.newFixedThreadPool(4);
    Path indexDir = SearchIndex.location(location, null);
    boolean fresh = !Files.exists(indexDir);
    long indexing = System.nanoTime();
    try (Server server = Server.reading(location, print)) {
      double seconds = (System.nanoTime() - indexing) / 1e9;
      long indexBytes = size(indexDir);
      print.printf(
          "server up, search index %s in %.1f s, %.1f MB%n",
          fresh ? "built" : "caught up with the store", seconds, indexBytes / 1e6);
      figures.put(
          fresh ? "start_and_index_build_s" : "start_and_index_catch_up_s", Latency.round(seconds));
      figures.put("index_mb", Latency.round(indexBytes / 1e6));
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .executor(io)
              .build();
      String base = "http://127.0.0.1:" + server.port();
      List<Route> routes = routes(http, base);
      List<Map<String, Object>> levels = new ArrayList<>();
      for (int c : clients) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("clients", c);
        print.printf("== %d client%s, %d requests per route%n", c, c == 1 ? "" : "s", requests);
        for (Route r : routes) {
          loop(http, base, r, c, Math.max(c, requests / 10)); // warm up
          double[] ms = loop(http, base, r, c, requests);
          print.printf(
              "%-5s %-28s p50 %7.2f ms  p95 %7.2f ms%n",
              r.page() ? "page" : "api", r.name(), ms[0], ms[1]);
          level.put(r.name() + "_p50_ms", Latency.round(ms[0]));
          level.put(r.name() + "_p95_ms", Latency.round(ms[1]));
        }
        levels.add(level);
      }
      figures.put("levels", levels);
      Runtime rt = Runtime.getRuntime();
      System.gc();
      long heap = rt.totalMemory() - rt.freeMemory();
      print.printf("heap after a full collection: %.1f MB%n", heap / 1e6);
      figures.put("heap_after_gc_mb", Latency.round(heap / 1e6));
    } finally {
      io.shutdownNow();
    }
    print.println(Jsonl.line(figures));
    return 0;
  }

  /** The routes with concrete paths read from the server's API: the newest stories and theirs. */
  private static List<Route> routes(HttpClient http, String base) throws Exception {
    JsonNode first = get(http, base, "/api/stories?limit=200");
    List<String> stories = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    first
        .get("stories")
        .forEach(
            s -> {
              stories.add(s.get("id").asText());
              titles.add(s.path("title").asText(""));
            });
    if (stories.isEmpty()) {
      throw new IllegalStateException("the store holds no stories");
    }
    Set<String> articles = new LinkedHashSet<>();
    Set<String> actors = new LinkedHashSet<>();
    Set<String> pairs = new LinkedHashSet<>();
    Set<String> cameo = new LinkedHashSet<>();
    Random random = new Random(42);
    for (int i = 0; i < Math.min(40, stories.size()); i++) {
      JsonNode story =
          get(http, base, "/api/stories/" + stories.get(random.nextInt(stories.size())));
      story.get("story").get("articles").forEach(a -> articles.add(a.asText()));
      for (JsonNode e : story.get("events")) {
        String s = e.get("source").path("actor").asText(null);
        String t = e.get("target").path("actor").asText(null);
        if (s != null) {
          actors.add(s);
        }
        if (s != null
            && t != null
            && e.hasNonNull("date")
            && e.get("date").asText().length() >= 7) {
          pairs.add(s + "/" + t + "/" + e.get("date").asText().substring(0, 7));
        }
        cameo.add(e.get("cameo").asText().substring(0, 2));
      }
    }
    List<String> outletIds = new ArrayList<>();
    List<String> outletNames = new ArrayList<>();
    for (JsonNode o : get(http, base, "/api/outlets").get("outlets")) {
      outletIds.add(o.get("id").asText());
      outletNames.add(o.get("name").asText());
    }
    String cursor = first.get("next").asText("");
    List<Route> routes = new ArrayList<>();
    routes.add(new Route("stories", true, List.of("/stories")));
    if (!cursor.isEmpty()) {
      routes.add(new Route("stories_page_2", true, List.of("/stories?limit=200&cursor=" + cursor)));
    }
    routes.add(
        new Route(
            "stories_by_outlet",
            true,
            outletNames.stream().map(n -> "/stories?outlet=" + encode(n)).toList()));
    routes.add(
        new Route(
            "stories_by_actor",
            true,
            actors.stream()
                .map(a -> "/stories?actor=" + a.substring(0, Math.min(3, a.length())))
                .distinct()
                .toList()));
    routes.add(
        new Route(
            "stories_by_cameo_root",
            true,
            cameo.stream().map(c -> "/stories?cameo=" + c).toList()));
    routes.add(new Route("stories_blindspots", true, List.of("/stories?blindspot=true&from=2021")));
    routes.add(new Route("story", true, prefixed("/stories/", stories)));
    routes.add(new Route("article", true, prefixed("/articles/", List.copyOf(articles))));
    routes.add(new Route("actor", true, prefixed("/actors/", List.copyOf(actors))));
    List<String> pairPages = new ArrayList<>();
    List<String> monthPages = new ArrayList<>();
    List<String> pairApi = new ArrayList<>();
    List<String> monthApi = new ArrayList<>();
    for (String p : pairs) {
      String[] x = p.split("/");
      pairPages.add("/actors/" + x[0] + "?with=" + x[1]);
      monthPages.add("/actors/" + x[0] + "?with=" + x[1] + "&month=" + x[2]);
      pairApi.add("/api/actor-pairs/" + x[0] + "/" + x[1]);
      monthApi.add("/api/actor-pairs/" + x[0] + "/" + x[1] + "/" + x[2]);
    }
    routes.add(new Route("actor_pair", true, pairPages));
    routes.add(new Route("actor_pair_month", true, monthPages));
    routes.add(new Route("outlet", true, prefixed("/outlets/", outletIds)));
    routes.add(new Route("api_stories", false, List.of("/api/stories")));
    routes.add(new Route("api_story", false, prefixed("/api/stories/", stories)));
    routes.add(new Route("api_article", false, prefixed("/api/articles/", List.copyOf(articles))));
    routes.add(
        new Route(
            "api_actor_events",
            false,
            actors.stream().map(a -> "/api/actors/" + a + "/events?limit=50").toList()));
    routes.add(new Route("api_actor_pair", false, pairApi));
    routes.add(new Route("api_actor_pair_month", false, monthApi));
    routes.add(new Route("api_outlets", false, List.of("/api/outlets")));
    routes.add(new Route("api_outlet", false, prefixed("/api/outlets/", outletIds)));
    routes.addAll(searchRoutes(titles, outletNames));
    return routes.stream().filter(r -> !r.paths().isEmpty()).toList();
  }

  /**
   * Search routes: single words, phrases and a boolean query with an outlet filter, their terms
   * taken from the titles of the stories read (so that every query matches something).
   */
  private static List<Route> searchRoutes(List<String> titles, List<String> outletNames) {
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (String title : titles) {
      String[] w = title.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
      for (int i = 0; i < w.length; i++) {
        if (w[i].length() >= 5) {
          words.add(w[i].toLowerCase(java.util.Locale.ROOT));
          if (i + 1 < w.length && w[i + 1].length() >= 3) {
            phrases.add("\"" + w[i] + " " + w[i + 1] + "\"");
          }
        }
      }
    }
    List<String> single = words.stream().distinct().limit(40).toList();
    List<String> bool = new ArrayList<>();
    for (int i = 0; i + 1 < single.size() && !outletNames.isEmpty(); i += 2) {
      bool.add(
          encode(single.get(i) + " AND NOT " + single.get(i + 1))
              + "&outlet="
              + encode(outletNames.get(i % outletNames.size())));
    }
    List<String> phrase =
        phrases.stream().distinct().limit(40).map(BenchServeCommand::encode).toList();
    return List.of(
        new Route("search", true, prefixed("/search?q=", single)),
        new Route("search_phrase", true, prefixed("/search?q=", phrase)),
        new Route("search_boolean_outlet", true, prefixed("/search?q=", bool)),
        new Route("api_search", false, prefixed("/api/search?q=", single)),
        new Route("api_search_phrase", false, prefixed("/api/search?q=", phrase)));
  }

  private static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The bytes of the files under {@code dir}. */
  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static List<String> prefixed(String prefix, List<String> ids) {
    return ids.stream().map(id -> prefix + id).toList();
  }

  private static JsonNode get(HttpClient http, String base, String path) throws Exception {
    HttpResponse<String> r = http.send(request(base + path), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
    }
    return Jsonl.mapper().readTree(r.body());
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
  }

  /**
   * p50 and p95 in milliseconds of {@code n} requests of a route shared by {@code clients} threads,
   * each sending its next request when the last answered; any answer but 200 fails.
   */
  private static double[] loop(HttpClient http, String base, Route route, int clients, int n)
      throws Exception {
    double[] ms = new double[n];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        long seed = c;
        done.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    String path = route.paths().get(random.nextInt(route.paths().size()));
                    long t = System.nanoTime();
                    HttpResponse<Void> r =
                        http.send(request(base + path), HttpResponse.BodyHandlers.discarding());
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    if (r.statusCode() != 200) {
                      throw new IOException(path + " answered " + r.statusCode());
                    }
                  }
                  return null;
                }));
      }
      for (Future<Void> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return Latency.p50p95(ms);
  }
}
