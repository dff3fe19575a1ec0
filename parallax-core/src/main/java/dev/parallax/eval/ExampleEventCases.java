package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.IngestItem;
import dev.parallax.model.Jsonl;
import dev.parallax.model.RawDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The bundled example corpus as event cases: its files ingested with the manifest beside the answer
 * key and cleaned, each with the key's events that name the file (as a report or as background).
 */
public final class ExampleEventCases {
  private ExampleEventCases() {}

  /** Reads the corpus beside {@code answerKey} ({@code examples/.answers.json}). */
  public static List<EventCase> read(Path answerKey) throws IOException {
    JsonNode events = Jsonl.mapper().readTree(Files.readString(answerKey)).path("events");
    List<EventCase> cases = new ArrayList<>();
    for (Article article : articles(answerKey.toAbsolutePath().getParent())) {
      String file = Path.of(article.source()).getFileName().toString();
      cases.add(new EventCase(article, gold(events, file), false));
    }
    return cases;
  }

  /**
   * The articles of a corpus folder with a {@code manifest.csv}, ingested and cleaned; rejected
   * inputs are left out.
   */
  public static List<Article> articles(Path dir) throws IOException {
    List<IngestItem> items = new ArrayList<>();
    new Ingestor(Manifest.read(dir.resolve("manifest.csv")), IngestOptions.DEFAULTS)
        .read(List.of(dir), items::add);
    ArticleCleaner cleaner = new ArticleCleaner();
    List<Article> out = new ArrayList<>();
    for (IngestItem item : items) {
      if (item instanceof RawDocument doc && cleaner.clean(doc) instanceof Article article) {
        out.add(article);
      }
    }
    return out;
  }

  private static List<GoldEvent> gold(JsonNode events, String file) {
    List<GoldEvent> out = new ArrayList<>();
    for (JsonNode e : events) {
      if (names(e.path("files"), file) || names(e.path("background_files"), file)) {
        out.add(
            new GoldEvent(
                Set.of(e.path("source_actor").asText()),
                Set.of(e.path("target_actor").asText()),
                e.path("cameo").asText(),
                null));
      }
    }
    return out;
  }

  private static boolean names(JsonNode files, String file) {
    for (JsonNode f : files) {
      if (f.asText().equals(file)) {
        return true;
      }
    }
    return false;
  }
}
