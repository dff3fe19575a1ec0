package dev.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.parallax.clean.ArticleCleaner;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import dev.parallax.model.RawDocument;
import dev.parallax.model.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bundled example corpus ({@code examples/}) and its answer key consistent: the manifest
 * names real files, every snippet of the key occurs verbatim in the file it names, and the corpus
 * goes through ingest and cleaning without a rejection. Later stages test their output against the
 * key, so a key that drifted from the texts would make those tests lie.
 */
class ExampleCorpusTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
  private static final Path MANIFEST = EXAMPLES.resolve("manifest.csv");
  private static final Path KEY = EXAMPLES.resolve(".answers.json");

  private static List<Map<String, String>> manifestRows;
  private static JsonNode key;

  @BeforeAll
  static void load() throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(MANIFEST.toFile())) {
      manifestRows = rows.readAll();
    }
    key = Jsonl.mapper().readTree(Files.readString(KEY));
  }

  @Test
  void manifestNamesEveryCorpusFileOnce() throws IOException {
    List<String> named = manifestRows.stream().map(r -> r.get("file")).toList();
    assertThat(named).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(10);
    assertThat(named).allSatisfy(f -> assertThat(EXAMPLES.resolve(f)).isRegularFile());
    assertThat(manifestRows)
        .allSatisfy(r -> assertThat(r).containsKeys("url", "outlet", "published", "language"));
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      List<String> pages =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".html.gz"))
              .toList();
      assertThat(named).containsExactlyInAnyOrderElementsOf(pages);
    }
  }

  @Test
  void keyArticlesMatchTheManifestAndTheStories() {
    JsonNode articles = key.get("articles");
    Set<String> inStories = new HashSet<>();
    key.get("stories").forEach(story -> story.forEach(f -> inStories.add(f.asText())));
    List<String> named = manifestRows.stream().map(r -> r.get("file")).toList();
    assertThat(iterable(articles.fieldNames())).containsExactlyInAnyOrderElementsOf(named);
    assertThat(inStories).containsExactlyInAnyOrderElementsOf(named);
    for (Map<String, String> row : manifestRows) {
      JsonNode article = articles.get(row.get("file"));
      String published = row.get("published");
      if ("metadata".equals(article.path("published_from").asText())) {
        assertThat(published).as(row.get("file")).isEqualTo(article.get("published").asText());
      } else {
        assertThat(published).as(row.get("file")).isEmpty();
      }
      if (!article.get("published").isNull()) {
        PartialDate.parse(article.get("published").asText());
      }
    }
  }

  @Test
  void everySnippetOfTheKeyOccursVerbatimInItsFile() throws IOException {
    List<String[]> pairs = new ArrayList<>();
    key.get("articles")
        .fields()
        .forEachRemaining(
            e -> {
              pairs.add(new String[] {e.getKey(), e.getValue().get("title").asText()});
              pairs.add(new String[] {e.getKey(), e.getValue().get("body_starts").asText()});
              e.getValue()
                  .get("debris")
                  .forEach(d -> pairs.add(new String[] {e.getKey(), d.asText()}));
            });
    key.get("quotes").forEach(q -> pairs.add(pair(q, "text_start_snippet")));
    key.get("labels").forEach(l -> pairs.add(pair(l, "label")));
    key.get("non_events").forEach(n -> pairs.add(pair(n, "snippet")));
    key.get("events").forEach(e -> e.get("mentions").forEach(m -> pairs.add(pair(m, "snippet"))));
    key.get("conflicts")
        .forEach(c -> c.get("sides").forEach(s -> s.forEach(x -> pairs.add(pair(x, "snippet")))));
    Map<String, String> texts = new HashMap<>();
    for (String[] p : pairs) {
      String text = texts.computeIfAbsent(p[0], ExampleCorpusTest::read);
      assertThat(text).as(p[0]).contains(p[1]);
    }
    assertThat(pairs).hasSizeGreaterThan(200);
  }

  @Test
  void eventsNameExistingFilesAndWellFormedCodesAndDates() {
    for (JsonNode event : key.get("events")) {
      String code = event.get("cameo").asText();
      assertThat(code).matches("\\d{3,4}").startsWith(event.get("cameo_root").asText());
      assertThat(Integer.parseInt(event.get("cameo_root").asText())).isBetween(1, 20);
      PartialDate.parse(event.get("date").asText());
      assertThat(event.get("files")).isNotEmpty();
      List<JsonNode> files = new ArrayList<>();
      event.get("files").forEach(files::add);
      event.get("background_files").forEach(files::add);
      assertThat(files).allSatisfy(f -> assertThat(EXAMPLES.resolve(f.asText())).isRegularFile());
    }
    key.get("conflicts")
        .forEach(
            c ->
                c.get("files")
                    .forEach(f -> assertThat(EXAMPLES.resolve(f.asText())).isRegularFile()));
  }

  @Test
  void ingestAndCleanRejectNothing() throws IOException {
    List<IngestItem> items = new ArrayList<>();
    new Ingestor(Manifest.read(MANIFEST), IngestOptions.DEFAULTS)
        .read(List.of(EXAMPLES), items::add);
    ArticleCleaner cleaner = new ArticleCleaner();
    List<ArticleRecord> records = new ArrayList<>();
    for (IngestItem item : items) {
      records.add(item instanceof RawDocument doc ? cleaner.clean(doc) : (Rejection) item);
    }
    assertThat(records).noneMatch(r -> r instanceof Rejection).hasSize(manifestRows.size());
    for (ArticleRecord record : records) {
      Article article = (Article) record;
      assertThat(article.body()).as(article.source()).isNotBlank();
      Map<String, String> row = rowFor(article.source());
      if (!row.get("outlet").isEmpty()) {
        assertThat(article.outlet()).isEqualTo(row.get("outlet"));
      }
      if (!row.get("published").isEmpty()) {
        assertThat(article.published()).hasToString(row.get("published"));
      }
    }
  }

  private static Map<String, String> rowFor(String source) {
    String name = Path.of(source).getFileName().toString();
    return manifestRows.stream().filter(r -> r.get("file").equals(name)).findFirst().orElseThrow();
  }

  private static String[] pair(JsonNode node, String field) {
    return new String[] {node.get("file").asText(), node.get(field).asText()};
  }

  private static String read(String file) {
    try {
      return Files.readString(EXAMPLES.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static <T> List<T> iterable(java.util.Iterator<T> it) {
    List<T> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }
}
