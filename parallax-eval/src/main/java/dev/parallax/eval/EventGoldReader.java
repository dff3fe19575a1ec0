package dev.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.ContentId;
import dev.parallax.model.DateSource;
import dev.parallax.model.Jsonl;
import dev.parallax.model.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an events gold set in JSON Lines: PETRARCH-style records ({@code text}, {@code date},
 * {@code events:[{source, target, code}]}, {@code noevents}) or PLOVER gold records ({@code text},
 * {@code date}, {@code event_current}, {@code source/target:[{code, sector}]}). A line that is
 * neither is skipped.
 */
public final class EventGoldReader {
  private EventGoldReader() {}

  public static List<EventCase> read(Path file) throws IOException {
    List<EventCase> cases = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode node = Jsonl.mapper().readTree(line);
      if (!node.hasNonNull("text")) {
        continue;
      }
      Article article = article(node.get("text").asText(), node.path("date").asText(null));
      if (node.has("event_current")) {
        cases.add(new EventCase(article, List.of(plover(node)), true));
      } else if (node.has("events")) {
        cases.add(new EventCase(article, petrarch(node.get("events")), false));
      }
    }
    return cases;
  }

  private static List<GoldEvent> petrarch(JsonNode events) {
    List<GoldEvent> out = new ArrayList<>();
    for (JsonNode e : events) {
      out.add(
          new GoldEvent(
              codes(e.path("source").asText("")),
              codes(e.path("target").asText("")),
              e.path("code").asText(),
              null));
    }
    return out;
  }

  private static GoldEvent plover(JsonNode node) {
    return new GoldEvent(
        actorCodes(node.path("source")),
        actorCodes(node.path("target")),
        null,
        node.get("event_current").asText());
  }

  private static Set<String> codes(String code) {
    return code.isBlank() || code.equals("---") ? Set.of() : Set.of(code);
  }

  private static Set<String> actorCodes(JsonNode actors) {
    Set<String> out = new HashSet<>();
    for (JsonNode a : actors) {
      if (a.hasNonNull("code")) {
        out.add(a.get("code").asText());
      }
    }
    return out;
  }

  /** The text as an article dated by the record ({@code 19950101} or {@code 2000-01-01}). */
  static Article article(String text, String date) {
    PartialDate published = date(date);
    return new Article(
        ContentId.of('a', text),
        "gold",
        null,
        null,
        published,
        published == null ? null : DateSource.METADATA,
        "en",
        text,
        List.of());
  }

  private static PartialDate date(String raw) {
    if (raw == null) {
      return null;
    }
    String iso =
        raw.matches("\\d{8}")
            ? raw.substring(0, 4) + "-" + raw.substring(4, 6) + "-" + raw.substring(6)
            : raw;
    try {
      return PartialDate.parse(iso);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
