package dev.parallax.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Analysis;
import dev.parallax.pipeline.AnalysisOptions;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Progress;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 item 6, copies are copies, through the whole analysis: one made-up wire report carried
 * by two outlets (the second with a dateline and its own closing line) and one outlet's own report
 * of the same happening. The carriage is a copy of the wire's report, the own report is none; a
 * fused event counts the copy with its original once; coverage keeps a row for every outlet. With a
 * store, the carriage added in a second run (with an output folder or without) is found a copy of
 * the stored report, and keeps it when a later run adds nothing.
 */
@Tag("slow") // the whole analysis (CoreNLP), five small runs and one adding results
class CopiesAnalysisTest {
  private static final String[] WIRE = {
    "Lithuania expelled two Belarusian diplomats on Tuesday, accusing them of spying on military"
        + " sites near the border.",
    "The Lithuanian foreign ministry said the two men, who worked at the Belarusian embassy in"
        + " Vilnius, had seventy-two hours to leave the country.",
    "Foreign Minister Ona Petraitis told reporters that the diplomats had photographed army depots"
        + " and recruited informants among local officials.",
    "Belarus condemned the expulsion as a hostile act and said it would respond in kind.",
    "The expulsion follows months of tension between the two neighbours over border crossings and"
        + " the detention of a Lithuanian lorry driver in Minsk."
  };

  private static final String OWN =
      String.join(
          "\n\n",
          "Two men working at the Belarusian embassy in Vilnius must be out of Lithuania by"
              + " Friday, after the government declared them unwelcome over alleged espionage.",
          "Ona Petraitis, the foreign minister, said at a news conference that the pair had taken"
              + " pictures of depots used by the army and paid officials for information.",
          "Minsk called the decision hostile. Its embassy said Belarus would answer it.",
          "Relations have soured since the spring, when Belarus detained a lorry driver from"
              + " Kaunas and queues at the border crossings grew to several days.");

  private static final String ORIGINAL = "northwire.txt";
  private static final String CARRIED = "valley-ledger.txt";
  private static final String OWN_REPORT = "harbour-times.txt";

  @TempDir static Path dir;
  static Path in;

  @BeforeAll
  static void analyse() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve(ORIGINAL), String.join("\n\n", WIRE));
    Files.writeString(
        in.resolve(CARRIED),
        "VILNIUS, May 14 (Northwire) - "
            + String.join("\n\n", WIRE)
            + "\n\nRead more world news every morning in the Valley Ledger.");
    Files.writeString(in.resolve(OWN_REPORT), OWN);
    Files.writeString(
        in.resolve("manifest.csv"),
        String.join(
            "\n",
            "file,url,outlet,published,language,title",
            ORIGINAL
                + ",https://northwire.example/world/lithuania-expels-diplomats,Northwire,"
                + "2024-05-14,en,Lithuania expels two Belarusian diplomats",
            CARRIED
                + ",https://valleyledger.example/news/world/2024/05/15/expulsion,Valley Ledger,"
                + "2024-05-15,en,Lithuania expels two Belarusian diplomats",
            OWN_REPORT
                + ",https://harbourtimes.example/vilnius-envoys,Harbour Times,2024-05-14,en,"
                + "Belarusian envoys told to leave Vilnius",
            ""));
    Path db = dir.resolve("corpus.db");
    run(List.of(ORIGINAL, CARRIED, OWN_REPORT), "whole", null);
    run(List.of(ORIGINAL, OWN_REPORT), "first", db);
    run(List.of(CARRIED), "second", db);
    run(List.of(CARRIED), "again", db);
    // the carriage added again to a store of the first run, by a run writing no folder
    Path quiet = dir.resolve("quiet.db");
    run(List.of(ORIGINAL, OWN_REPORT), "quiet-first", quiet);
    List<ArticleResult> carried = new ArrayList<>();
    try (RelationalStore store = RelationalStore.open(db)) {
      store.results().stream()
          .filter(r -> r.record().source().endsWith(CARRIED))
          .forEach(carried::add);
    }
    try (RelationalStore store = RelationalStore.open(quiet)) {
      new Analysis(ingestor(), new AnalysisOptions(dir.resolve("quiet"), Until.last(), 1), store)
          .addResults(carried);
    }
  }

  private static Ingestor ingestor() throws IOException {
    return new Ingestor(Manifest.read(in.resolve("manifest.csv")), IngestOptions.DEFAULTS);
  }

  private static void run(List<String> files, String out, Path db) throws IOException {
    AnalysisOptions options = new AnalysisOptions(dir.resolve(out), Until.last(), 1);
    Ingestor ingestor = ingestor();
    List<Path> inputs = files.stream().map(in::resolve).toList();
    if (db == null) {
      new Analysis(ingestor, options).run(inputs, Progress.NONE);
      return;
    }
    try (RelationalStore store = RelationalStore.open(db)) {
      new Analysis(ingestor, options, store).run(inputs, Progress.NONE);
    }
  }

  @Test
  void theCarriageIsACopyOfTheWireReportAndTheOwnReportIsNone() throws IOException {
    Map<String, JsonNode> byFile = articlesByFile("whole");

    assertThat(byFile.get(CARRIED).path("copy_of").asText(null))
        .isEqualTo(byFile.get(ORIGINAL).path("id").asText());
    assertThat(byFile.get(ORIGINAL).get("copy_of").isNull()).isTrue();
    assertThat(byFile.get(OWN_REPORT).get("copy_of").isNull()).isTrue();
  }

  @Test
  void anEventCountsTheCopyWithItsOriginalOnce() throws IOException {
    Map<String, JsonNode> byFile = articlesByFile("whole");
    String original = byFile.get(ORIGINAL).path("id").asText();
    String copy = byFile.get(CARRIED).path("id").asText();
    Map<String, String> reportOf = new HashMap<>();
    byFile.values().forEach(a -> reportOf.put(a.path("id").asText(), report(a)));
    boolean both = false;
    for (JsonNode event : lines("whole", "events.jsonl")) {
      Set<String> articles = new HashSet<>();
      Set<String> reports = new HashSet<>();
      event
          .path("mentions")
          .forEach(
              m -> {
                articles.add(m.path("article").asText());
                reports.add(reportOf.get(m.path("article").asText()));
              });
      assertThat(event.path("articles").asInt()).as(event.toString()).isEqualTo(reports.size());
      if (articles.contains(original) && articles.contains(copy)) {
        both = true;
        assertThat(event.path("articles").asInt()).isEqualTo(articles.size() - 1);
        assertThat(event.path("outlets").asInt()).isEqualTo(articles.size() - 1);
      }
    }
    assertThat(both).as("an event reported in the original and in its copy").isTrue();
  }

  @Test
  void coverageHasARowForEveryOutletThatCarriedTheStory() throws IOException {
    Set<String> outlets = new HashSet<>();
    lines("whole", "coverage.jsonl").forEach(c -> outlets.add(c.path("outlet").asText()));

    assertThat(outlets).contains("Northwire", "Valley Ledger", "Harbour Times");
    assertThat(lines("whole", "stories.jsonl")).hasSize(1);
  }

  @Test
  void aCopyOfAStoredArticleIsFoundInALaterRunAndStored() throws IOException {
    Map<String, JsonNode> first = articlesByFile("first");
    Map<String, JsonNode> second = articlesByFile("second");
    String original = first.get(ORIGINAL).path("id").asText();
    String copy = second.get(CARRIED).path("id").asText();

    assertThat(second.get(CARRIED).path("copy_of").asText(null)).isEqualTo(original);
    // a run that adds nothing keeps it: the stored copy_of is read back, not looked for again
    assertThat(articlesByFile("again").get(CARRIED).path("copy_of").asText(null))
        .isEqualTo(original);
    try (RelationalStore store = RelationalStore.open(dir.resolve("corpus.db"))) {
      assertThat(store.article(copy).orElseThrow().article().copyOf()).isEqualTo(original);
      assertThat(store.article(original).orElseThrow().article().copyOf()).isNull();
    }
    // a run writing no folder reads the stored article without its text, then its body to compare
    try (RelationalStore store = RelationalStore.open(dir.resolve("quiet.db"))) {
      assertThat(store.article(copy).orElseThrow().article().copyOf()).isEqualTo(original);
    }
  }

  private static String report(JsonNode article) {
    JsonNode copyOf = article.get("copy_of");
    return copyOf == null || copyOf.isNull() ? article.path("id").asText() : copyOf.asText();
  }

  /** The articles of a run's articles.jsonl by input file (each outlet gave one). */
  private static Map<String, JsonNode> articlesByFile(String out) throws IOException {
    Map<String, String> fileOf =
        Map.of("Northwire", ORIGINAL, "Valley Ledger", CARRIED, "Harbour Times", OWN_REPORT);
    Map<String, JsonNode> byFile = new HashMap<>();
    for (JsonNode a : lines(out, "articles.jsonl")) {
      byFile.put(fileOf.get(a.path("outlet").asText()), a);
    }
    return byFile;
  }

  private static List<JsonNode> lines(String out, String file) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : Files.readAllLines(dir.resolve(out).resolve(file))) {
      nodes.add(Jsonl.mapper().readTree(l));
    }
    return nodes;
  }
}
