package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Conflict;
import dev.parallax.model.Coverage;
import dev.parallax.model.Entity;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Mention;
import dev.parallax.model.Quote;
import dev.parallax.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis of the bundled example corpus writes every file of OUTPUT.md, each line reads
 * back as its record, every span's text is the body's text at that span, and every id a record
 * points to exists.
 */
@Tag("slow") // the whole analysis of the examples
class AnalysisOutputContractTest {
  @TempDir static Path out;
  private static final Map<String, Article> ARTICLES = new HashMap<>();

  @BeforeAll
  static void analyseExamples() throws IOException {
    Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
    new Analysis(
            new Ingestor(Manifest.read(examples.resolve("manifest.csv")), IngestOptions.DEFAULTS),
            new AnalysisOptions(out, Until.last(), 2))
        .run(List.of(examples), Progress.NONE);
    for (String line : lines("articles.jsonl")) {
      ArticleRecord record = Jsonl.readArticleRecord(line);
      assertThat(record).isInstanceOf(Article.class);
      ARTICLES.put(record.id(), (Article) record);
    }
  }

  @Test
  void everyFileIsWrittenAndReadsBack() throws IOException {
    assertThat(ARTICLES).hasSize(12);
    for (String file :
        List.of(
            "entities.jsonl",
            "events.jsonl",
            "quotes.jsonl",
            "stories.jsonl",
            "coverage.jsonl",
            "conflicts.jsonl",
            "outlets.jsonl")) {
      assertThat(lines(file)).as(file).isNotEmpty();
    }
  }

  @Test
  void everySpanShowsWhereItWasRead() throws IOException {
    for (String line : lines("entities.jsonl")) {
      for (Mention m : Jsonl.read(line, Entity.class).mentions()) {
        assertThat(body(m.article()).substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    for (String line : lines("events.jsonl")) {
      for (EventMention m : Jsonl.read(line, Event.class).mentions()) {
        assertThat(body(m.article()).substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(m.text()).contains(m.trigger());
      }
    }
    for (String line : lines("quotes.jsonl")) {
      Quote q = Jsonl.read(line, Quote.class);
      assertThat(body(q.article()).substring(q.start(), q.end())).isEqualTo(q.text());
    }
    for (String line : lines("coverage.jsonl")) {
      for (Coverage.Label l : Jsonl.read(line, Coverage.class).labels()) {
        assertThat(l.mentions()).hasSize(l.count());
        for (Mention m : l.mentions()) {
          assertThat(body(m.article()).substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }
    }
    for (String line : lines("conflicts.jsonl")) {
      for (Conflict.Claim c : Jsonl.read(line, Conflict.class).claims()) {
        assertThat(body(c.article()).substring(c.start(), c.end())).isEqualTo(c.text());
      }
    }
  }

  @Test
  void idsPointToRecordsThatExist() throws IOException {
    Set<String> entities = ids("entities.jsonl", Entity.class, Entity::id);
    Set<String> stories = ids("stories.jsonl", Story.class, Story::id);
    Set<String> events = ids("events.jsonl", Event.class, Event::id);
    for (String line : lines("events.jsonl")) {
      Event e = Jsonl.read(line, Event.class);
      assertThat(stories).contains(e.story());
      if (e.source().entity() != null) {
        assertThat(entities).contains(e.source().entity());
      }
    }
    for (String line : lines("quotes.jsonl")) {
      Quote q = Jsonl.read(line, Quote.class);
      if (q.speaker().entity() != null) {
        assertThat(entities).contains(q.speaker().entity());
      }
    }
    for (String line : lines("stories.jsonl")) {
      Story s = Jsonl.read(line, Story.class);
      assertThat(ARTICLES.keySet()).containsAll(s.articles());
      assertThat(events).containsAll(s.events());
    }
    for (String line : lines("coverage.jsonl")) {
      Coverage c = Jsonl.read(line, Coverage.class);
      assertThat(stories).contains(c.story());
      assertThat(ARTICLES.keySet()).containsAll(c.articles());
      assertThat(events).containsAll(c.reported()).containsAll(c.omitted());
      c.labels().forEach(l -> assertThat(entities).contains(l.entity()));
      c.tone().forEach(t -> assertThat(entities).contains(t.entity()));
    }
    for (String line : lines("conflicts.jsonl")) {
      Conflict c = Jsonl.read(line, Conflict.class);
      assertThat(stories).contains(c.story());
      assertThat(events).contains(c.about());
    }
  }

  /** Most loaded labels of the answer key outside quotes are found, loaded, where it says. */
  @Test
  void coverageFindsTheKeysLoadedLabels() throws IOException {
    Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
    JsonNode key = Jsonl.mapper().readTree(Files.readString(examples.resolve(".answers.json")));
    List<Coverage> rows =
        lines("coverage.jsonl").stream().map(l -> Jsonl.read(l, Coverage.class)).toList();
    int expected = 0;
    int found = 0;
    for (JsonNode label : key.get("labels")) {
      if (label.get("loaded").asBoolean() && !label.get("in_quote").asBoolean()) {
        expected++;
        found += foundLoaded(rows, label.get("file").asText(), label.get("label").asText()) ? 1 : 0;
      }
    }
    System.out.println("example loaded labels found: " + found + " of " + expected);
    assertThat(found)
        .as("loaded labels of the key found (7 of 11 measured)")
        .isGreaterThanOrEqualTo(7);
  }

  /** Whether a loaded label of the file's article overlaps an occurrence of {@code text}. */
  private static boolean foundLoaded(List<Coverage> rows, String file, String text) {
    Article article =
        ARTICLES.values().stream().filter(a -> a.source().endsWith(file)).findFirst().orElseThrow();
    String needle = text.replace("\"", "").toLowerCase(Locale.ROOT);
    String body = article.body().toLowerCase(Locale.ROOT);
    return rows.stream()
        .flatMap(c -> c.labels().stream())
        .filter(Coverage.Label::loaded)
        .flatMap(l -> l.mentions().stream())
        .filter(m -> m.article().equals(article.id()))
        .anyMatch(
            m -> {
              for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
                if (i < m.end() && m.start() < i + needle.length()) {
                  return true;
                }
              }
              return false;
            });
  }

  @Test
  void reportShowsEveryStoryAndLinksEveryFact() throws IOException {
    org.jsoup.nodes.Document report =
        org.jsoup.Jsoup.parse(Files.readString(out.resolve("report.html")));
    Set<String> stories = ids("stories.jsonl", Story.class, s -> "story-" + s.id());
    assertThat(report.select("section.story").eachAttr("id"))
        .containsExactlyInAnyOrderElementsOf(stories);
    assertThat(report.select("#timeline tbody tr")).hasSize(lines("events.jsonl").size());
    assertThat(report.select("a.fact")).isNotEmpty();
    assertThat(report.select(".fact-missing")).isEmpty();
  }

  private static <T> Set<String> ids(
      String file, Class<T> type, java.util.function.Function<T, String> id) throws IOException {
    return lines(file).stream().map(l -> id.apply(Jsonl.read(l, type))).collect(Collectors.toSet());
  }

  private static String body(String article) {
    assertThat(ARTICLES).containsKey(article);
    return ARTICLES.get(article).body();
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(out.resolve(file));
  }
}
