package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.clean.Cleaner;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Jsonl;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores a {@link Cleaner} on a WCXB-format folder: {@code html/<id>.html.gz} pages (or, for text
 * input, whole-page dumps in {@code text-dumps.jsonl.gz}, lines {@code {id, text}}) against {@code
 * ground-truth/<id>.json}. Body: macro mean of per-page {@link WordBag} F1; title: exact after
 * folding white space; date: exact ISO date, over pages whose ground truth has one.
 */
public final class CleanEvaluation {

  /** Which rendering of each page the cleaner reads. */
  public enum Input {
    HTML,
    TEXT
  }

  /**
   * Which pages of the folder are scored. The development pages are split once, by page id: a page
   * is held out when the first four bytes of the SHA-256 of its id (UTF-8), read as an unsigned
   * big-endian number, are divisible by 3 (about a third); the rest are the tuning part. The split
   * depends on nothing but the id, so it is the same on every machine and for every input kind.
   */
  public enum Part {
    ALL,
    TUNE,
    HELD_OUT;

    /**
     * The part a command line names: {@code all}, {@code tune} or {@code held-out}, any case.
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Part parse(String name) {
      return switch (name.toLowerCase(java.util.Locale.ROOT)) {
        case "all" -> ALL;
        case "tune" -> TUNE;
        case "held-out" -> HELD_OUT;
        default -> throw new IllegalArgumentException("--part must be all, tune or held-out");
      };
    }

    /** Whether the page with this id belongs to this part. */
    public boolean holds(String id) {
      return this == ALL || (this == HELD_OUT) == heldOut(id);
    }

    /** Whether a page id falls in the held-out part. */
    public static boolean heldOut(String id) {
      try {
        byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        long v =
            ((h[0] & 0xffL) << 24)
                | ((h[1] & 0xffL) << 16)
                | ((h[2] & 0xffL) << 8)
                | (h[3] & 0xffL);
        return v % 3 == 0;
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is required of every Java platform", e);
      }
    }
  }

  /** A 95% percentile interval of a figure, from resampling pages. */
  public record Interval(double low, double high) {}

  /** Bootstrap intervals of the three figures. */
  public record Intervals(Interval bodyF1, Interval titleAccuracy, Interval dateAccuracy) {}

  /** One page's result. */
  public record PageResult(
      String id, Prf body, boolean titleCorrect, Boolean dateCorrect, String title, String date) {}

  /** The figures of one run. */
  public record Score(
      double bodyF1,
      double precision,
      double recall,
      double titleAccuracy,
      double dateAccuracy,
      int n) {}

  private record Truth(String url, String title, String date, String body) {}

  private final Cleaner cleaner;

  public CleanEvaluation(Cleaner cleaner) {
    this.cleaner = cleaner;
  }

  public Score run(Path dir, Input input, Consumer<PageResult> perPage) throws IOException {
    return run(dir, input, Part.ALL, perPage);
  }

  /** Scores the pages of one part; {@code perPage} sees each page's result. */
  public Score run(Path dir, Input input, Part part, Consumer<PageResult> perPage)
      throws IOException {
    return summarise(results(dir, input, part, perPage));
  }

  /** The per-page results of one part, in id order. */
  public List<PageResult> results(Path dir, Input input, Part part, Consumer<PageResult> perPage)
      throws IOException {
    Map<String, Truth> truth = readTruth(dir.resolve("ground-truth"));
    Map<String, byte[]> pages =
        input == Input.HTML ? WcxbFolder.html(dir) : WcxbFolder.textDumps(dir);
    List<PageResult> results = new ArrayList<>();
    for (Map.Entry<String, Truth> e : truth.entrySet()) {
      byte[] page = pages.get(e.getKey());
      if (page == null || !part.holds(e.getKey())) {
        continue;
      }
      PageResult result = score(e.getKey(), page, e.getValue(), input);
      perPage.accept(result);
      results.add(result);
    }
    return results;
  }

  /**
   * Percentile bootstrap: {@code rounds} resamples of the pages (with replacement, seeded), each
   * summarised as {@link #summarise} does; the 2.5th and 97.5th percentiles of each figure.
   */
  public static Intervals bootstrap(List<PageResult> results, int rounds, long seed) {
    List<Interval> ci =
        bootstrap(
            results,
            rounds,
            seed,
            sample -> {
              Score s = summarise(sample);
              return new double[] {s.bodyF1(), s.titleAccuracy(), s.dateAccuracy()};
            });
    return new Intervals(ci.get(0), ci.get(1), ci.get(2));
  }

  /**
   * Percentile bootstrap of any evaluation: {@code rounds} resamples of {@code items} (with
   * replacement, seeded), each measured by {@code figures}; the 2.5th and 97.5th percentiles of
   * each figure, in the order {@code figures} gives them.
   */
  static <T> List<Interval> bootstrap(
      List<T> items, int rounds, long seed, Function<List<T>, double[]> figures) {
    Random random = new Random(seed);
    List<double[]> byRound = new ArrayList<>(rounds);
    List<T> sample = new ArrayList<>(items.size());
    for (int i = 0; i < rounds; i++) {
      sample.clear();
      for (int j = 0; j < items.size(); j++) {
        sample.add(items.get(random.nextInt(items.size())));
      }
      byRound.add(figures.apply(sample));
    }
    List<Interval> out = new ArrayList<>();
    for (int k = 0; k < (byRound.isEmpty() ? 0 : byRound.get(0).length); k++) {
      double[] values = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        values[i] = byRound.get(i)[k];
      }
      out.add(percentiles(values));
    }
    return out;
  }

  static Interval percentiles(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int lo = (int) Math.floor(0.025 * (v.length - 1));
    int hi = (int) Math.ceil(0.975 * (v.length - 1));
    return new Interval(v[lo], v[hi]);
  }

  private PageResult score(String id, byte[] page, Truth truth, Input input) {
    MediaType type = input == Input.HTML ? MediaType.HTML : MediaType.TEXT;
    SourceMetadata meta = new SourceMetadata(truth.url(), null, null, null, null);
    // Dumps are JSON strings, so UTF-8; pages are bytes whose charset the cleaner detects.
    RawDocument doc =
        RawDocument.of(id, page, type, input == Input.TEXT ? StandardCharsets.UTF_8 : null, meta);
    ArticleRecord record = cleaner.clean(doc);
    Article article = record instanceof Article a ? a : null;
    String body = article == null ? "" : article.body();
    String title = article == null ? null : article.title();
    String date =
        article == null || article.published() == null ? null : article.published().toString();
    Boolean dateCorrect = truth.date() == null ? null : truth.date().equals(date);
    return new PageResult(
        id,
        WordBag.score(body, truth.body()),
        fold(truth.title()).equals(fold(title)),
        dateCorrect,
        title,
        date);
  }

  /** The figures of a list of page results. */
  public static Score summarise(List<PageResult> results) {
    double f = 0, p = 0, r = 0, titles = 0, dates = 0;
    int dated = 0;
    for (PageResult pr : results) {
      f += pr.body().f1();
      p += pr.body().precision();
      r += pr.body().recall();
      titles += pr.titleCorrect() ? 1 : 0;
      if (pr.dateCorrect() != null) {
        dated++;
        dates += pr.dateCorrect() ? 1 : 0;
      }
    }
    int n = Math.max(1, results.size());
    return new Score(
        f / n, p / n, r / n, titles / n, dated == 0 ? 0 : dates / dated, results.size());
  }

  private static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static Map<String, Truth> readTruth(Path folder) throws IOException {
    Map<String, Truth> truth = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        JsonNode root = Jsonl.mapper().readTree(f.toFile());
        JsonNode gt = root.path("ground_truth");
        String id = f.getFileName().toString().replaceFirst("\\.json$", "");
        truth.put(
            id,
            new Truth(
                text(root, "url"),
                text(gt, "title"),
                text(gt, "publish_date"),
                text(gt, "main_content")));
      }
    }
    return truth;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
