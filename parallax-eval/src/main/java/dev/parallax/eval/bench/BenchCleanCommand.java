package dev.parallax.eval.bench;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.clean.Cleaner;
import dev.parallax.clean.TextDecoder;
import dev.parallax.eval.WcxbFolder;
import dev.parallax.eval.baseline.Readability4JCleaner;
import dev.parallax.eval.cli.GoldSet;
import dev.parallax.model.Jsonl;
import dev.parallax.model.MediaType;
import dev.parallax.model.RawDocument;
import dev.parallax.model.SourceMetadata;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench clean}: pages per second on one thread for the cleaner on HTML pages and on
 * text dumps, for Readability4J and for a bare jsoup parse, on the same pages in the same run.
 */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Times the cleaner on one thread: HTML pages and whole-page text dumps of a WCXB-format"
          + " folder, side by side with Readability4J and a bare jsoup parse of the same pages"
          + " (every HTML contender decodes the bytes too). Each contender warms up for a third"
          + " of --seconds (at least one pass); then rounds of one pass of each contender, in"
          + " turn starting with each, until every contender has run --seconds, so that the"
          + " machine's changing load falls on all alike. Also prints Parallax's HTML pages per"
          + " second over Readability4J's, over all rounds and the median of the rounds.",
      "Last line: {\"task\":\"bench-clean\",\"html_pages_per_s\":..,\"text_pages_per_s\":..,"
          + "\"readability4j_pages_per_s\":..,\"jsoup_parse_pages_per_s\":..,"
          + "\"html_to_readability4j\":..,\"html_to_readability4j_round_median\":..,\"pages\":..}.",
      ""
    },
    footer = {"", "Example:", "  parallax bench clean --data ../shared/eval/wcxb-dev-articles"})
final class BenchCleanCommand implements Callable<Integer> {
  @CommandLine.Mixin GoldSet goldSet;

  @Option(
      names = "--pages",
      paramLabel = "N",
      defaultValue = "0",
      description = "Use only the first N pages (0, the default: all).")
  int pages;

  @Option(
      names = "--seconds",
      paramLabel = "S",
      defaultValue = "5",
      description = "Minimum timed seconds per contender (default 5).")
  double seconds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path data = goldSet.path();
    Map<String, String> urls = WcxbFolder.urls(data);
    List<RawDocument> html = documents(WcxbFolder.html(data), urls, MediaType.HTML);
    List<RawDocument> text = documents(WcxbFolder.textDumps(data), urls, MediaType.TEXT);
    var out = spec.commandLine().getOut();
    Cleaner cleaner = new ArticleCleaner();
    Cleaner readability = new Readability4JCleaner();
    List<Contender> contenders =
        List.of(
            new Contender("parallax html", html, cleaner::clean),
            new Contender("parallax text", text, cleaner::clean),
            new Contender("readability4j", html, readability::clean),
            new Contender("jsoup parse", html, BenchCleanCommand::parse));
    List<Double> ratios = time(contenders);
    for (Contender c : contenders) {
      out.printf(Locale.ROOT, "%-14s %8.1f pages/s (%d pages)%n", c.name, c.perSecond(), c.done);
    }
    Collections.sort(ratios);
    double median = ratios.isEmpty() ? 0 : ratios.get(ratios.size() / 2);
    out.printf(
        Locale.ROOT,
        "parallax html / readability4j: %.2fx over all rounds; per round median %.2fx, %.2fx to"
            + " %.2fx (%d rounds)%n",
        contenders.get(0).perSecond() / contenders.get(2).perSecond(),
        median,
        ratios.isEmpty() ? 0 : ratios.get(0),
        ratios.isEmpty() ? 0 : ratios.get(ratios.size() - 1),
        ratios.size());
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "bench-clean");
    line.put("html_pages_per_s", round(contenders.get(0).perSecond()));
    line.put("text_pages_per_s", round(contenders.get(1).perSecond()));
    line.put("readability4j_pages_per_s", round(contenders.get(2).perSecond()));
    line.put("jsoup_parse_pages_per_s", round(contenders.get(3).perSecond()));
    line.put(
        "html_to_readability4j",
        Math.round(contenders.get(0).perSecond() / contenders.get(2).perSecond() * 100) / 100.0);
    line.put("html_to_readability4j_round_median", Math.round(median * 100) / 100.0);
    line.put("pages", html.size());
    out.println(Jsonl.line(line));
    return 0;
  }

  private static double round(double perSecond) {
    return Math.round(perSecond * 10) / 10.0;
  }

  private List<RawDocument> documents(
      Map<String, byte[]> byId, Map<String, String> urls, MediaType type) {
    List<RawDocument> docs = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : byId.entrySet()) {
      if (pages > 0 && docs.size() >= pages) {
        break;
      }
      SourceMetadata meta = new SourceMetadata(urls.get(e.getKey()), null, null, null, null);
      docs.add(
          RawDocument.of(
              e.getKey(),
              e.getValue(),
              type,
              type == MediaType.TEXT ? StandardCharsets.UTF_8 : null,
              meta));
    }
    return docs;
  }

  private static void parse(RawDocument doc) {
    String html = TextDecoder.decode(doc.content(), null, true).text();
    Jsoup.parse(html, doc.metadata().url() == null ? "" : doc.metadata().url());
  }

  /** One contender: its pages and work, and what its timed passes did. */
  private static final class Contender {
    final String name;
    final List<RawDocument> docs;
    final Consumer<RawDocument> work;
    long nanos;
    long done;

    Contender(String name, List<RawDocument> docs, Consumer<RawDocument> work) {
      this.name = name;
      this.docs = docs;
      this.work = work;
    }

    /** One pass over the pages; returns its nanoseconds. */
    long pass() {
      long start = System.nanoTime();
      docs.forEach(work);
      return System.nanoTime() - start;
    }

    double perSecond() {
      return nanos == 0 ? 0 : done / (nanos / 1e9);
    }
  }

  /**
   * Times the contenders in interleaved rounds, so that the machine's changing load (shared, noisy)
   * falls on all of them alike: each warms up for a third of --seconds (at least one pass), then
   * each round runs one pass of every contender, starting with a different one each round, until
   * every contender has run --seconds. Returns each round's ratio of the first contender's pages
   * per second to the third's (Parallax's HTML cleaner to Readability4J).
   */
  private List<Double> time(List<Contender> contenders) {
    long limit = (long) (seconds * 1e9);
    for (Contender c : contenders) {
      long warm = 0;
      do {
        warm += c.pass();
      } while (!c.docs.isEmpty() && warm < limit / 3);
    }
    List<Double> ratios = new ArrayList<>();
    for (int round = 0;
        contenders.stream().anyMatch(c -> !c.docs.isEmpty() && c.nanos < limit);
        round++) {
      long[] took = new long[contenders.size()];
      for (int i = 0; i < contenders.size(); i++) {
        int k = (round + i) % contenders.size();
        Contender c = contenders.get(k);
        took[k] = c.pass();
        c.nanos += took[k];
        c.done += c.docs.size();
      }
      if (took[0] > 0 && took[2] > 0) {
        ratios.add(
            (contenders.get(0).docs.size() / (double) took[0])
                / (contenders.get(2).docs.size() / (double) took[2]));
      }
    }
    return ratios;
  }
}
