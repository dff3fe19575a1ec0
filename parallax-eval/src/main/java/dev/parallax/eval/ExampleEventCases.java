package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
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
    for (Article article : CorpusFolder.articles(answerKey.toAbsolutePath().getParent())) {
      String file = Path.of(article.source()).getFileName().toString();
      cases.add(new EventCase(article, gold(events, file), false));
    }
    return cases;
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
