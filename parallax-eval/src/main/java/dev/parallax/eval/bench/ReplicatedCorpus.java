package dev.parallax.eval.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.Article;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Outlet;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.quotes.QuoteExtractor;
import dev.parallax.report.ReportData;
import dev.parallax.store.RelationalStore;
import dev.parallax.store.StoreLocation;
import dev.parallax.stories.StoryIndexState;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench corpus of N articles: the analysed records of a given store replicated with new ids and
 * dates shifted by whole years (no NLP runs), held in memory and written into a new store as runs
 * write one. {@code bench store} and {@code bench serve} build their stores with it.
 */
final class ReplicatedCorpus {
  private static final ObjectMapper MAPPER = Jsonl.mapper();
  private static final Pattern ID = Pattern.compile("\"([a-z])([0-9a-f]{16})\"");
  private static final Pattern DATE = Pattern.compile("\"(\\d{4})((?:-\\d{2}){0,2})\"");

  private final int articles;
  private final List<ArticleResult> results;
  private final int copies;
  private final ReportData all;
  private final List<Outlet> sourceOutlets;
  private final Map<String, String> outletOfArticle = new HashMap<>();

  private ReplicatedCorpus(
      int articles, List<ArticleResult> results, ReportData records, List<Outlet> outlets) {
    this.articles = articles;
    this.results = results;
    this.sourceOutlets = outlets;
    this.copies = (articles + results.size() - 1) / results.size();
    List<ReportData> corpus = new ArrayList<>();
    for (int k = 0; k < copies; k++) {
      corpus.add(new Copy(k).of(records));
    }
    this.all = merge(corpus);
    Map<String, String> idOfName = new HashMap<>();
    for (Outlet o : outlets) {
      idOfName.put(o.name(), o.id());
      o.aliases().forEach(a -> idOfName.putIfAbsent(a, o.id()));
    }
    for (Article a : all.articles()) {
      String id = a.outlet() == null ? null : idOfName.get(a.outlet());
      if (id != null) {
        outletOfArticle.put(a.id(), id);
      }
    }
  }

  /**
   * The records of the SQLite store {@code from} replicated to {@code articles} articles.
   *
   * @throws IllegalArgumentException when {@code from} holds no analysed articles with corpus
   *     records
   */
  static ReplicatedCorpus of(Path from, int articles) {
    try (RelationalStore source = RelationalStore.openReader(new StoreLocation.SqliteFile(from))) {
      List<ArticleResult> results = source.results();
      ReportData records = source.records();
      if (results.isEmpty() || records.stories().isEmpty()) {
        throw new IllegalArgumentException(
            from + " holds no analysed articles with corpus records");
      }
      return new ReplicatedCorpus(articles, results, records, source.outlets());
    }
  }

  /** The corpus records of all copies. */
  ReportData records() {
    return all;
  }

  /** The source's outlet directory, each outlet with the number of the copies' articles. */
  private List<Outlet> outlets() {
    Map<String, Integer> counts = new HashMap<>();
    outletOfArticle.values().forEach(id -> counts.merge(id, 1, Integer::sum));
    return sourceOutlets.stream()
        .map(
            o ->
                new Outlet(
                    o.id(),
                    o.name(),
                    o.aliases(),
                    o.domains(),
                    o.country(),
                    o.group(),
                    counts.getOrDefault(o.id(), 0)))
        .toList();
  }

  /**
   * Writes the copies into {@code target} (an empty store) as runs would, with the source's outlet
   * directory (each outlet's article count that of the copies), timing it into {@code m}.
   */
  void build(StoreLocation target, Map<String, Object> m, PrintWriter print) {
    long saveNanos = 0;
    int saved = 0;
    long recordNanos;
    long bytes;
    List<String> arrivals = new ArrayList<>();
    try (RelationalStore store = RelationalStore.open(target)) {
      if (store.size() > 0) {
        throw new IllegalArgumentException(target.display() + " is not empty: give an empty store");
      }
      for (int k = 0; k < copies && saved < articles; k++) {
        List<ArticleResult> batch = new ArrayList<>();
        for (ArticleResult r : copies(results, k)) {
          if (saved + batch.size() < articles) {
            batch.add(r);
          }
        }
        long t = System.nanoTime();
        batch.forEach(store::save);
        saveNanos += System.nanoTime() - t;
        saved += batch.size();
        batch.forEach(r -> arrivals.add(r.record().id()));
      }
      long t = System.nanoTime();
      store.saveStories(storyState(arrivals));
      store.saveRecords(all, outlets(), outletOfArticle::get);
      recordNanos = System.nanoTime() - t;
    }
    // reopened: SQLite's write-ahead log is checkpointed into the file on close
    try (RelationalStore store = RelationalStore.openReader(target)) {
      bytes = store.bytes();
    }
    double seconds = (saveNanos + recordNanos) / 1e9;
    print.printf(
        "%d articles (%d copies of %d) with %d events, %d quotes, %d stories, %d entities:"
            + " saved in %.2f s (articles %.2f s, corpus records %.2f s): %.0f articles/s%n",
        saved,
        copies,
        results.size(),
        all.events().size(),
        all.quotes().size(),
        all.stories().size(),
        all.entities().size(),
        seconds,
        saveNanos / 1e9,
        recordNanos / 1e9,
        saved / seconds);
    print.printf(
        "store size %.1f MB: %.0f KB per 1,000 articles%n",
        bytes / 1e6, bytes / 1e3 / saved * 1000);
    m.put("articles", saved);
    m.put("articles_per_s", Math.round(saved / seconds));
    m.put("article_save_s", Latency.round(saveNanos / 1e9));
    m.put("corpus_save_s", Latency.round(recordNanos / 1e9));
    m.put("kb_per_1000_articles", Math.round(bytes / 1e3 / saved * 1000));
  }

  /**
   * The story index state a run that saved the copies' articles in the order of {@code arrivals}
   * leaves: the copies' stories, each with its saved members in order of arrival, so that a later
   * run restores them as it restores a real run's instead of grouping every stored article again.
   */
  private StoryIndexState storyState(List<String> arrivals) {
    Map<String, Integer> arrivalOf = new HashMap<>();
    arrivals.forEach(id -> arrivalOf.put(id, arrivalOf.size()));
    List<List<String>> members = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Story story : all.stories()) {
      List<String> saved =
          story.articles().stream()
              .filter(arrivalOf::containsKey)
              .sorted(Comparator.comparing(arrivalOf::get))
              .toList();
      if (!saved.isEmpty()) {
        members.add(saved);
        ids.add(story.id());
      }
    }
    return new StoryIndexState(members, arrivals, ids);
  }

  /**
   * The per-article results of {@code n} articles of the copies after this corpus's own: new
   * articles, as a later run brings them (copy k again k mod 50 years later, so they meet
   * lookalikes in the stored corpus).
   */
  List<ArticleResult> nextResults(int n) {
    List<ArticleResult> out = new ArrayList<>();
    for (int k = copies; out.size() < n; k++) {
      for (ArticleResult r : copies(results, k)) {
        if (out.size() < n) {
          out.add(r);
        }
      }
    }
    return out;
  }

  private static List<ArticleResult> copies(List<ArticleResult> results, int k) {
    Copy copy = new Copy(k);
    return results.stream().map(copy::of).toList();
  }

  private static ReportData merge(List<ReportData> parts) {
    return new ReportData(
        concat(parts, ReportData::articles),
        concat(parts, ReportData::entities),
        concat(parts, ReportData::events),
        concat(parts, ReportData::quotes),
        concat(parts, ReportData::stories),
        concat(parts, ReportData::coverage),
        concat(parts, ReportData::conflicts));
  }

  private static <T> List<T> concat(List<ReportData> parts, Function<ReportData, List<T>> part) {
    List<T> out = new ArrayList<>();
    parts.forEach(p -> out.addAll(part.apply(p)));
    return out;
  }

  /** Copy k: every id rehashed with k, every date k mod 50 years later, through the JSON. */
  private static final class Copy {
    private final int copy;
    private final int years;

    Copy(int copy) {
      this.copy = copy;
      this.years = copy % 50;
    }

    ArticleResult of(ArticleResult r) {
      Article article = read(Jsonl.line(r.record()), Article.class);
      return new ArticleResult(
          article,
          read(Jsonl.line(r.actors()), ArticleActors.class),
          readList(write(r.events()), ExtractedEvent.class),
          readList(write(r.quotes()), ExtractedQuote.class),
          QuoteExtractor.scareQuotes(article.body()),
          List.of());
    }

    ReportData of(ReportData d) {
      return new ReportData(
          d.articles().stream().map(a -> read(Jsonl.line(a), Article.class)).toList(),
          d.entities().stream().map(x -> read(Jsonl.line(x), Entity.class)).toList(),
          d.events().stream().map(x -> read(Jsonl.line(x), Event.class)).toList(),
          d.quotes().stream().map(x -> read(Jsonl.line(x), Quote.class)).toList(),
          d.stories().stream().map(x -> read(Jsonl.line(x), Story.class)).toList(),
          d.coverage().stream().map(x -> read(Jsonl.line(x), Coverage.class)).toList(),
          d.conflicts().stream().map(x -> read(Jsonl.line(x), Conflict.class)).toList());
    }

    private String rewrite(String json) {
      if (copy == 0) {
        return json;
      }
      StringBuilder b = new StringBuilder();
      Matcher m = ID.matcher(json);
      while (m.find()) {
        m.appendReplacement(b, "\"" + m.group(1) + hash(m.group(2)) + "\"");
      }
      m.appendTail(b);
      String ids = b.toString();
      b.setLength(0);
      m = DATE.matcher(ids);
      while (m.find()) {
        int year = Integer.parseInt(m.group(1)) + years;
        String rest = m.group(2);
        if (rest.equals("-02-29") && !java.time.Year.isLeap(year)) {
          rest = "-02-28";
        }
        m.appendReplacement(b, String.format("\"%04d%s\"", year, rest));
      }
      m.appendTail(b);
      return b.toString();
    }

    private String hash(String hex) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] d = sha.digest((hex + "/" + copy).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d, 0, 8);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    private String write(List<?> values) {
      try {
        return MAPPER.writeValueAsString(values);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    private <T> T read(String json, Class<T> type) {
      return Jsonl.read(rewrite(json), type);
    }

    private <T> List<T> readList(String json, Class<T> type) {
      JavaType list = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
      try {
        return MAPPER.readValue(rewrite(json), list);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
