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
          + " of --seconds (at least one pass), then runs timed passes for --seconds.",
      "Last line: {\"task\":\"bench-clean\",\"html_pages_per_s\":..,\"text_pages_per_s\":..,"
          + "\"readability4j_pages_per_s\":..,\"jsoup_parse_pages_per_s\":..,\"pages\":..}.",
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
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("task", "bench-clean");
    line.put("html_pages_per_s", time(out, "parallax html", html, cleaner::clean));
    line.put("text_pages_per_s", time(out, "parallax text", text, cleaner::clean));
    line.put("readability4j_pages_per_s", time(out, "readability4j", html, readability::clean));
    line.put("jsoup_parse_pages_per_s", time(out, "jsoup parse", html, BenchCleanCommand::parse));
    line.put("pages", html.size());
    out.println(Jsonl.line(line));
    return 0;
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

  /**
   * Pages per second of {@code work} over {@code docs}: warm-up passes for a third of the timed
   * period (at least one), then timed passes until the period is over.
   */
  private double time(
      java.io.PrintWriter out, String name, List<RawDocument> docs, Consumer<RawDocument> work) {
    if (docs.isEmpty()) {
      return 0;
    }
    long limit = (long) (seconds * 1e9);
    long warm = System.nanoTime();
    do {
      docs.forEach(work);
    } while (System.nanoTime() - warm < limit / 3);
    long start = System.nanoTime();
    long done = 0;
    while (System.nanoTime() - start < limit) {
      docs.forEach(work);
      done += docs.size();
    }
    double perSecond = done / ((System.nanoTime() - start) / 1e9);
    out.printf(Locale.ROOT, "%-14s %8.1f pages/s (%d pages)%n", name, perSecond, done);
    out.flush();
    return Math.round(perSecond * 10) / 10.0;
  }
}
