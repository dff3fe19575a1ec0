package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Jsonl;
import dev.parallax.pipeline.Models;
import dev.parallax.testing.CorpusFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Event extraction on the bundled example corpus: no event coded from the answer key's non-events
 * (denials, negated intents). (Precision and recall against the key's events are parallax-eval's
 * {@code ExampleKeyTest}, as {@code parallax eval events --data examples/.answers.json}.)
 */
@Tag("slow") // runs CoreNLP on the examples
class ExampleEventsTest {
  private static final Path KEY =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples/.answers.json");

  private static final Map<String, List<Event>> EVENTS = new HashMap<>();

  @BeforeAll
  static void extractAll() throws IOException {
    for (Article article : CorpusFolder.articles(KEY.getParent())) {
      AnnotatedArticle a = Models.shared().annotator().annotate(article);
      EVENTS.put(file(article), EventFixtures.EXTRACTOR.events(a, EventFixtures.tagger().tag(a)));
    }
  }

  private static String file(Article a) {
    return Path.of(a.source()).getFileName().toString();
  }

  @Test
  void nothingIsCodedFromTheKeysNonEvents() throws IOException {
    JsonNode nonEvents = Jsonl.mapper().readTree(Files.readString(KEY)).get("non_events");
    assertThat(nonEvents).isNotEmpty();
    for (JsonNode n : nonEvents) {
      String snippet = n.get("snippet").asText();
      for (Event e : EVENTS.get(n.get("file").asText())) {
        EventMention m = e.mentions().get(0);
        if (m.text().contains(snippet)) {
          assertThat(e.cameo()).as(snippet + " (" + n.get("why").asText() + ")").startsWith("01");
        }
      }
    }
  }
}
