package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Rejection;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.AnalysisSummary;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader on odd input, through ingest, cleaning and the analysis writer: each bad input ends
 * as a rejection with a reason, nothing escapes, the good inputs beside them are still articles,
 * and no input is read whole when it is over the size limit.
 */
class IngestContractTest {
  /** Small enough that reading any 50 MB input whole would stand out. */
  private static final IngestOptions LIMITS = new IngestOptions(4L << 20);

  @TempDir static Path dir;
  static Path in;
  static Path out;

  /** Each bad input, and a word its rejection reason must contain. */
  static final Map<String, String> BAD = new LinkedHashMap<>();

  /** Each good input (or record), which must come out as an article. */
  static final List<String> GOOD =
      List.of(
          "article.html",
          "report.txt",
          "latin1.txt",
          "page.html.gz",
          "batch.jsonl#1",
          "batch.jsonl#3",
          "crawl.warc.gz#1",
          "feed.rss#1");

  @BeforeAll
  static void writeInputs() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
    OddInputs odd = new OddInputs(in);
    writeGoodInputs(odd);
    for (String name :
        List.of("empty.txt", "empty.html", "empty.html.gz", "empty.jsonl", "empty.warc")) {
      odd.empty(name);
      BAD.put(name, name.endsWith(".gz") ? "truncated" : "empty");
    }
    odd.empty("empty.rss");
    BAD.put("empty.rss", "empty");
    String[] noisy = {"noise.txt", "noise.html", "noise.html.gz", "noise.jsonl", "noise.warc"};
    for (int i = 0; i < noisy.length; i++) {
      odd.noise(noisy[i], i);
    }
    BAD.putAll(
        Map.of(
            "noise.txt", "binary",
            "noise.html", "binary",
            "noise.html.gz", "gzip",
            "noise.jsonl", "not JSON Lines",
            "noise.warc", "WARC"));
    odd.noise("noise.rss", 9);
    BAD.put("noise.rss", "feed");
    odd.hugeText("huge.txt");
    odd.hugeGzip("huge.html.gz");
    odd.hugeJsonLine("huge.jsonl");
    odd.hugeWarc("huge.warc");
    BAD.put("huge.txt", "too large");
    BAD.put("huge.html.gz", "too large");
    BAD.put("huge.jsonl#1", "too large");
    BAD.put("huge.warc#1", "too large");
    writeBrokenInputs(odd);
  }

  private static void writeGoodInputs(OddInputs odd) throws IOException {
    odd.text("article.html", page("Harbour reopens", HARBOUR), StandardCharsets.UTF_8);
    odd.text("report.txt", "Ferry crews end strike\n\n" + FERRY, StandardCharsets.UTF_8);
    odd.text(
        "latin1.txt", "Le marché couvert rouvre\n\n" + MARCHE, Charset.forName("windows-1252"));
    odd.gzip("page.html.gz", page("Bridge repairs", BRIDGE).getBytes(StandardCharsets.UTF_8));
    odd.text(
        "batch.jsonl",
        "{\"url\":\"https://a.example/1\",\"outlet\":\"Alpha\",\"html\":"
            + Jsonl.line(page("Council budget", COUNCIL))
            + "}\n{\"url\": \"https://a.example/2\", text: nope}\n"
            + "{\"outlet\":\"Beta\",\"published\":\"2024-03-05T09:00:00Z\",\"text\":"
            + Jsonl.line(SCHOOL)
            + "}\n",
        StandardCharsets.UTF_8);
    BAD.put("batch.jsonl#2", "not a JSON record");
    // JSON is UTF-8: a record in Latin-1 is malformed, whatever it says.
    byte[] latin1 = "{\"text\":\"caf\u00e9 au lait\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(in.resolve("batch.jsonl"), latin1, java.nio.file.StandardOpenOption.APPEND);
    BAD.put("batch.jsonl#4", "UTF-8");
    try (WarcFixture warc = new WarcFixture(in.resolve("crawl.warc.gz"), true)) {
      warc.response(
              "https://c.example/rail",
              200,
              "text/html; charset=utf-8",
              page("Rail line", RAIL).getBytes(StandardCharsets.UTF_8))
          .response("https://c.example/gone", 404, "text/html", "<p>Not here</p>".getBytes());
    }
    BAD.put("crawl.warc.gz#2", "404");
    odd.text("feed.rss", feed(1), StandardCharsets.UTF_8);
  }

  private static void writeBrokenInputs(OddInputs odd) throws IOException {
    odd.truncated(
        odd.gzip("whole.html.gz", page("Cut", HARBOUR.repeat(20)).getBytes(StandardCharsets.UTF_8)),
        "cut.html.gz");
    BAD.put("cut.html.gz", "truncated");
    Path whole = in.resolve("whole.warc");
    try (WarcFixture warc = new WarcFixture(whole, false)) {
      warc.response("https://d.example/", 200, "text/html", page("Cut", FERRY).getBytes());
    }
    odd.truncated(whole, "cut.warc");
    BAD.put("cut.warc#1", "truncated");
    odd.text(
        "no-body.html",
        "<html><head><title>Only a title</title></head></html>",
        StandardCharsets.UTF_8);
    BAD.put("no-body.html", "no article text");
    odd.text("quiet.rss", feed(0), StandardCharsets.UTF_8);
    BAD.put("quiet.rss", "no items");
    odd.text(
        "sitemap.xml",
        "<urlset><url><loc>https://e.example/</loc></url></urlset>",
        StandardCharsets.UTF_8);
    BAD.put("sitemap.xml", "not an RSS or Atom feed");
    odd.text("scan.pdf", "%PDF-1.4 not really", StandardCharsets.US_ASCII);
    BAD.put("scan.pdf", "unsupported file type");
  }

  @Test
  void everyInputEndsAsAnArticleOrARejectionWithItsReason() throws IOException {
    AnalysisSummary summary = analyze(2);

    Map<String, ArticleRecord> bySource = readOutput();
    for (Map.Entry<String, String> bad : BAD.entrySet()) {
      assertThat(bySource.get(bad.getKey()))
          .as(bad.getKey())
          .isInstanceOfSatisfying(
              Rejection.class, r -> assertThat(r.rejected()).containsIgnoringCase(bad.getValue()));
    }
    for (String good : GOOD) {
      assertThat(bySource.get(good)).as(good).isInstanceOf(Article.class);
    }
    assertThat(((Article) bySource.get("latin1.txt")).body()).contains("marché");
    assertThat(bySource).hasSize(BAD.size() + GOOD.size());
    assertThat(summary.articles()).isEqualTo(GOOD.size());
    assertThat(summary.rejected()).isEqualTo(BAD.size());
  }

  @Test
  void hugeInputsAreRejectedWithoutBeingReadWhole() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeThat(threads.isThreadAllocatedMemorySupported()).isTrue();
    Ingestor ingestor = new Ingestor(Manifest.EMPTY, LIMITS);
    for (String name : List.of("huge.txt", "huge.html.gz", "huge.jsonl", "huge.warc")) {
      long before = threads.getCurrentThreadAllocatedBytes();
      List<IngestItem> items = new java.util.ArrayList<>();
      ingestor.read(List.of(in.resolve(name)), items::add);
      long allocated = threads.getCurrentThreadAllocatedBytes() - before;

      assertThat(items).as(name).singleElement().isInstanceOf(Rejection.class);
      // Reading whole would allocate at least the file's 50 MB; bounded reading, about the limit.
      assertThat(allocated).as(name + " bytes allocated").isLessThan(OddInputs.HUGE / 2);
    }
  }

  @Test
  void heapHoldsNothingOfTheRunAfterwards() throws IOException {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    analyze(1);
    System.gc();
    long after = rt.totalMemory() - rt.freeMemory();

    // Loose: the run's 200 MB of inputs must not stay on the heap.
    assertThat(after - before).isLessThan(64L << 20);
  }

  private static AnalysisSummary analyze(int threads) throws IOException {
    Analysis analysis =
        new Analysis(
            new Ingestor(Manifest.EMPTY, LIMITS), new AnalysisOptions(out, Until.CLEAN, threads));
    return analysis.run(List.of(in), Progress.NONE);
  }

  private static Map<String, ArticleRecord> readOutput() throws IOException {
    List<ArticleRecord> records =
        Files.readAllLines(out.resolve("articles.jsonl")).stream()
            .map(Jsonl::readArticleRecord)
            .toList();
    String prefix = in + java.io.File.separator;
    return records.stream()
        .collect(
            Collectors.toMap(
                r -> r.source().substring(prefix.length()),
                Function.identity(),
                (a, b) -> {
                  throw new AssertionError("two lines for " + a.source());
                },
                LinkedHashMap::new));
  }

  private static String page(String title, String body) {
    return "<html><head><title>"
        + title
        + "</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
        + "<article><h1>"
        + title
        + "</h1><p>"
        + body.replace("\n\n", "</p><p>")
        + "</p></article><footer>Copyright the publisher</footer></body></html>";
  }

  private static String feed(int items) {
    StringBuilder rss =
        new StringBuilder(
            "<rss version=\"2.0\"><channel><title>Valley Post</title>"
                + "<link>https://v.example/</link><description>news</description>");
    for (int i = 1; i <= items; i++) {
      rss.append("<item><title>Item ")
          .append(i)
          .append("</title><link>https://v.example/")
          .append(i)
          .append("</link><description><![CDATA[<p>")
          .append(WATER)
          .append("</p>]]></description></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  private static final String HARBOUR =
      "The harbour reopened to cargo ships on Monday after a week of repairs to the quay.\n\n"
          + "Port officials said the first vessel unloaded grain within hours.";
  private static final String FERRY =
      "Ferry crews returned to work on Tuesday after a two-day strike over rosters.\n\n"
          + "The union said talks would continue next month.";
  private static final String MARCHE =
      "Le marché couvert rouvrira au printemps, a annoncé la mairie jeudi.\n\n"
          + "Les commerçants réclament une baisse des loyers pendant les travaux.";
  private static final String BRIDGE =
      "Engineers closed the old bridge for inspection after cracks appeared in a pillar.\n\n"
          + "Traffic was diverted through the town centre.";
  private static final String COUNCIL =
      "The council approved next year's budget by seven votes to four.\n\n"
          + "Opposition members said the plan cut library hours.";
  private static final String SCHOOL =
      "A new primary school opened in the eastern district with places for 300 pupils.\n\n"
          + "Parents had campaigned for it for a decade.";
  private static final String RAIL =
      "The regional rail line will run hourly trains from June, the operator said.\n\n"
          + "Commuters welcomed the change but asked for later evening services.";
  private static final String WATER =
      "Water restrictions were lifted in the valley after a week of heavy rain refilled the"
          + " reservoir.";
}
