package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.ActorKey;
import dev.parallax.actors.ActorMention;
import dev.parallax.actors.ArticleActors;
import dev.parallax.events.ExtractedEvent;
import dev.parallax.model.ActorRef;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Entity;
import dev.parallax.model.EntityType;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Outlet;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Quote;
import dev.parallax.model.QuoteKind;
import dev.parallax.model.Speaker;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.quotes.ExtractedQuote;
import dev.parallax.store.RelationalStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parallax export} and {@code parallax stats} on a small store of hand-made results: two
 * spellings of one outlet, hostile cell text, dates in two months.
 */
class ExportCommandTest {
  @TempDir Path dir;
  private Path db;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  static final String BODY =
      "=HYPERLINK(\"http://evil.example\",\"x\") Russia closed the port on Monday.\n\n"
          + "\"-It stays shut,\" Mira Kovac said.";

  static ArticleResult result(String id, String source, String outlet, String date) {
    return result(id, source, outlet, date, false);
  }

  /**
   * A result whose event is read in the body's first sentence, or with {@code inQuote} in its
   * second paragraph, the quote's: not the lead.
   */
  static ArticleResult result(
      String id, String source, String outlet, String date, boolean inQuote) {
    Article article =
        new Article(
            id,
            source,
            outlet,
            "Port",
            PartialDate.parse(date),
            DateSource.METADATA,
            "en",
            BODY,
            List.of());
    int ru = BODY.indexOf("Russia");
    ActorMention russia =
        new ActorMention(
            ru,
            ru + 6,
            "Russia",
            0,
            ActorKey.country("RUS"),
            "Russia",
            EntityType.COUNTRY,
            "RUS",
            ActorMention.How.NAME);
    int s0 = inQuote ? BODY.indexOf("\"-It") : 0;
    int s1 = inQuote ? BODY.length() : BODY.indexOf("\n");
    Event event =
        new Event(
            "v" + id,
            null,
            PartialDate.parse(date),
            new ActorRef(null, "RUS"),
            new ActorRef(null, null),
            "192",
            -5.0,
            4,
            "RESTRICT",
            List.of(new EventMention(id, s0, s1, BODY.substring(s0, s1), "closed")),
            1,
            1);
    int q0 = BODY.indexOf("-It");
    int q1 = BODY.indexOf(",\"", q0);
    Quote quote =
        new Quote(
            "q" + id,
            id,
            new Speaker(null, "Mira Kovac"),
            BODY.substring(q0, q1),
            q0,
            q1,
            QuoteKind.DIRECT,
            "said");
    return new ArticleResult(
        article,
        new ArticleActors(id, List.of(russia)),
        List.of(new ExtractedEvent(event, russia, null)),
        List.of(new ExtractedQuote(quote, null, null, null)),
        List.of(),
        List.of());
  }

  @BeforeEach
  void store() {
    db = dir.resolve("c.db");
    try (RelationalStore s = RelationalStore.open(db)) {
      s.save(result("a0000000000000001", "pahonia-1.txt", "Pahonia Post", "2025-03-13"));
      s.save(
          result(
              "a0000000000000002",
              "https://pahoniapost.eu/en/apples",
              "pahoniapost.eu",
              "2025-06-19",
              true));
      s.save(
          result(
              "a0000000000000003",
              "https://www.dneprherald.by/en/ban",
              "Dnieper Herald",
              "2025-06-18",
              true));
      s.saveRejection(dev.parallax.model.Rejection.of("broken.html", "empty input", "decode"));
    }
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file);
  }

  @Test
  void jsonlHasTheOutputFilesAndOneOutletPerPublisher() throws IOException {
    Path o = dir.resolve("j");
    assertThat(run("export", "--store", db.toString(), "--out", o.toString())).isZero();
    for (String f :
        List.of(
            "articles.jsonl",
            "entities.jsonl",
            "events.jsonl",
            "quotes.jsonl",
            "stories.jsonl",
            "coverage.jsonl",
            "conflicts.jsonl",
            "outlets.jsonl")) {
      assertThat(o.resolve(f)).exists();
    }
    List<Outlet> outlets =
        lines(o.resolve("outlets.jsonl")).stream().map(l -> Jsonl.read(l, Outlet.class)).toList();
    assertThat(outlets).extracting(Outlet::name).containsExactly("Dnieper Herald", "Pahonia Post");
    assertThat(outlets.get(1).articles()).isEqualTo(2);
    assertThat(outlets.get(1).domains()).containsExactly("pahoniapost.eu");
    assertThat(outlets.get(0).country()).isEqualTo("BLR");
    List<String> articles = lines(o.resolve("articles.jsonl"));
    assertThat(articles).hasSize(3);
    assertThat(articles.stream().filter(l -> l.contains("\"outlet\":\"Pahonia Post\"")))
        .hasSize(2)
        .allMatch(l -> l.contains("\"outlet_id\":\"" + outlets.get(1).id() + "\""));
    assertThat(Jsonl.readArticleRecord(articles.get(0))).isInstanceOf(Article.class);
    assertThat(lines(o.resolve("quotes.jsonl"))).hasSize(3);
    assertThat(out.toString()).contains("exported 3 articles");
  }

  @Test
  void csvEscapesFormulasAndHasARowPerMentionAndQuote() throws IOException {
    Path o = dir.resolve("c");
    assertThat(run("export", "--store", db.toString(), "--out", o.toString(), "--format", "csv"))
        .isZero();
    List<String> mentions = lines(o.resolve("event_mentions.csv"));
    assertThat(mentions.get(0)).startsWith("event,article,url,outlet,outlet_id");
    assertThat(mentions).hasSize(4);
    assertThat(String.join("\n", mentions))
        .contains("\"'=HYPERLINK(\"\"http://evil.example\"\"")
        .contains("https://pahoniapost.eu/en/apples")
        .doesNotContain(",=HYPERLINK")
        .doesNotContain(",\"=HYPERLINK");
    List<String> quotes = lines(o.resolve("quotes.csv"));
    assertThat(quotes).hasSize(4);
    assertThat(quotes.get(1)).endsWith(",'-It stays shut");
    assertThat(lines(o.resolve("events.csv")).get(0)).startsWith("id,story,date");
    assertThat(CsvExport.cell(-5.0)).isEqualTo("-5.0");
    assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExport.cell("+1, two")).isEqualTo("\"'+1, two\"");
  }

  @Test
  void filtersKeepWhatTheyName() throws IOException {
    Path o = dir.resolve("f1");
    assertThat(
            run(
                "export",
                "--store",
                db.toString(),
                "--out",
                o.toString(),
                "--outlet",
                "PAHONIAPOST.EU"))
        .isZero();
    assertThat(lines(o.resolve("articles.jsonl"))).hasSize(2);
    assertThat(lines(o.resolve("outlets.jsonl"))).hasSize(1);
    assertThat(lines(o.resolve("quotes.jsonl"))).hasSize(2);

    Path june = dir.resolve("f2");
    run(
        "export",
        "--store",
        db.toString(),
        "--out",
        june.toString(),
        "--from",
        "2025-06-01",
        "--to",
        "2025-06-30");
    assertThat(lines(june.resolve("articles.jsonl")))
        .hasSize(2)
        .noneMatch(l -> l.contains("2025-03"));
    assertThat(lines(june.resolve("events.jsonl"))).allMatch(l -> l.contains("\"date\":\"2025-06"));

    Path belarus = dir.resolve("f3");
    run("export", "--store", db.toString(), "--out", belarus.toString(), "--actor", "BLR");
    assertThat(lines(belarus.resolve("events.jsonl"))).isEmpty();
    assertThat(lines(belarus.resolve("articles.jsonl"))).isEmpty();
    Path russia = dir.resolve("f4");
    run("export", "--store", db.toString(), "--out", russia.toString(), "--actor", "RUS");
    assertThat(lines(russia.resolve("events.jsonl"))).isNotEmpty();

    assertThat(run("export", "--store", db.toString(), "--out", dir + "/f5", "--outlet", "nope"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("no such outlet");
  }

  @Test
  void gdeltRowsHaveSixtyOneColumnsInGdeltsOrder() throws IOException {
    Path o = dir.resolve("g");
    assertThat(run("export", "--store", db.toString(), "--out", o.toString(), "--format", "gdelt"))
        .isZero();
    List<String> rows = lines(o.resolve(GdeltExport.FILE));
    assertThat(rows).isNotEmpty();
    assertThat(GdeltExport.COLUMNS).hasSize(61);
    assertThat(GdeltExport.COLUMNS.get(26)).isEqualTo("EventCode");
    assertThat(GdeltExport.COLUMNS.get(60)).isEqualTo("SOURCEURL");
    String events = String.join("\n", lines(dirEvents()));
    for (String row : rows) {
      String[] c = row.split("\t", -1);
      assertThat(c).hasSize(61);
      assertThat(c[5]).isEqualTo("RUS");
      assertThat(c[7]).isEqualTo("RUS");
      assertThat(c[26]).isEqualTo("192");
      assertThat(c[27]).as("a three-digit code is its own base code").isEqualTo("192");
      assertThat(c[28]).isEqualTo("19");
      assertThat(c[29]).isEqualTo("4");
      assertThat(c[30]).isEqualTo("-5.0");
      assertThat(c[1]).matches("20250(313|618|619)");
      assertThat(c[25])
          .as("the March report's lead holds its event, the June reports' quotes theirs")
          .isEqualTo(c[1].equals("20250313") ? "1" : "0");
      assertThat(c[34]).isEmpty();
      assertThat(Long.parseLong(c[0])).isNotNegative();
    }
    assertThat(GdeltExport.globalEventId("v00000000000000ff")).isEqualTo(127L);
    assertThat(events).isNotEmpty();
  }

  private Path dirEvents() {
    Path o = dir.resolve("ge");
    run("export", "--store", db.toString(), "--out", o.toString());
    return o.resolve("events.jsonl");
  }

  @Test
  void statsCountPerOutletAndMonth() {
    assertThat(run("stats", "--store", db.toString())).isZero();
    String s = out.toString();
    assertThat(s).contains("articles 3,").contains("quotes 3,").contains("outlets 2");
    assertThat(s).contains("published 2025-03-13 to 2025-06-19 (0 articles undated)");
    assertThat(s).contains("languages: en 3");
    assertThat(s).contains("rejections 1: empty input 1 (inputs not accepted since");
    assertThat(s)
        .containsPattern("Pahonia Post +2025-03 +1 ")
        .containsPattern("Pahonia Post +2025-06 +1 ")
        .containsPattern("Dnieper Herald +2025-06 +1 ");
  }

  @Test
  void aMissingStoreIsAUsageErrorAndIsNotCreated() {
    Path missing = dir.resolve("none.db");
    assertThat(run("export", "--store", missing.toString(), "--out", dir + "/x")).isEqualTo(2);
    assertThat(run("stats", "--store", missing.toString())).isEqualTo(2);
    assertThat(missing).doesNotExist();
    assertThat(err.toString()).contains("no such file");
  }

  @Test
  void jsonlListsTheIdsALaterRunRetired() throws IOException {
    String kept;
    try (RelationalStore s = RelationalStore.open(db)) {
      var corpus =
          dev.parallax.pipeline.Pipeline.records(
              dev.parallax.pipeline.Models.of(dev.parallax.resources.Rules.bundled()),
              s,
              new java.util.ArrayList<>());
      var records = corpus.records();
      Entity first = records.entities().get(0);
      kept = first.id();
      // an earlier run knew the first entity by another id
      List<Entity> before = new java.util.ArrayList<>(records.entities());
      before.set(
          0,
          new Entity(
              "e00000000000000ff",
              first.name(),
              first.type(),
              first.actor(),
              first.aliases(),
              first.mentions()));
      s.saveRecords(
          new dev.parallax.report.ReportData(
              records.articles(),
              before,
              records.events(),
              records.quotes(),
              records.stories(),
              records.coverage(),
              records.conflicts()),
          corpus.outletList(),
          corpus::outletId);
      s.saveRecords(records, corpus.outletList(), corpus::outletId);
    }
    Path o = dir.resolve("r");
    assertThat(run("export", "--store", db.toString(), "--out", o.toString())).isZero();
    assertThat(lines(o.resolve("redirects.jsonl")))
        .containsExactly(
            "{\"old_id\":\"e00000000000000ff\",\"new_id\":\"" + kept + "\",\"kind\":\"entity\"}");
  }

  @Test
  void anExportStreamedFromCurrentRecordsEqualsOneMadeInMemory() throws IOException {
    // the hand-made store has no corpus records yet: exports make them in memory
    assertThat(run("export", "--store", db.toString(), "--out", dir + "/probe")).isZero();
    String story =
        Jsonl.read(lines(dir.resolve("probe/stories.jsonl")).get(0), dev.parallax.model.Story.class)
            .id();
    List<List<String>> filters =
        List.of(
            List.of(),
            List.of("--outlet", "PAHONIAPOST.EU"),
            List.of("--from", "2025-06-01", "--to", "2025-06-30"),
            List.of("--from", "2025-06-19"),
            List.of("--to", "2025-03-31"),
            List.of("--actor", "RUS"),
            List.of("--actor", "BLR"),
            List.of("--story", story),
            List.of("--outlet", "Dnieper Herald", "--actor", "RUS", "--from", "2025-01-01"));
    String[] formats = {"jsonl", "csv", "gdelt"};
    for (int f = 0; f < filters.size(); f++) {
      for (String format : formats) {
        assertThat(export("m", f, format, filters.get(f))).isZero();
      }
    }
    assertThat(out.toString()).doesNotContain("streamed");
    try (RelationalStore s = RelationalStore.open(db)) {
      var corpus =
          dev.parallax.pipeline.Pipeline.records(
              dev.parallax.pipeline.Models.of(dev.parallax.resources.Rules.bundled()),
              s,
              new java.util.ArrayList<>());
      s.saveRecords(corpus.records(), corpus.outletList(), corpus::outletId);
    }
    for (int f = 0; f < filters.size(); f++) {
      for (String format : formats) {
        assertThat(export("s", f, format, filters.get(f))).as(err.toString()).isZero();
        Path made = dir.resolve("m" + f + "-" + format);
        try (var files = Files.list(made)) {
          for (Path file : files.toList()) {
            if (file.getFileName().toString().startsWith(".")) {
              continue;
            }
            assertThat(
                    Files.readString(
                        dir.resolve("s" + f + "-" + format).resolve(file.getFileName())))
                .as(filters.get(f) + " " + format + " " + file.getFileName())
                .isEqualTo(Files.readString(file));
          }
        }
      }
    }
    assertThat(out.toString()).contains("streamed from the store's tables");
  }

  private int export(String kind, int filter, String format, List<String> options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "export",
                "--store",
                db.toString(),
                "--out",
                dir + "/" + kind + filter + "-" + format,
                "--format",
                format));
    args.addAll(options);
    return run(args.toArray(String[]::new));
  }
}
