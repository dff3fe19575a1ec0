package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.clean.ArticleCleaner;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.ArticleRecord;
import dev.parallax.model.Conflict;
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
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis of the bundled example corpus writes every file of OUTPUT.md, each line reads
 * back as its record, every span's text is the body's text at that span, and every id a record
 * points to exists.
 */
class AnalysisOutputContractTest {
  @TempDir static Path out;
  private static final Map<String, Article> ARTICLES = new HashMap<>();

  @BeforeAll
  static void analyseExamples() throws IOException {
    Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
    new Analysis(
            new Ingestor(Manifest.read(examples.resolve("manifest.csv")), IngestOptions.DEFAULTS),
            new ArticleCleaner(),
            new AnalysisOptions(out, Stage.last(), 2))
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
            "entities.jsonl", "events.jsonl", "quotes.jsonl", "stories.jsonl", "conflicts.jsonl")) {
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
    for (String line : lines("conflicts.jsonl")) {
      Conflict c = Jsonl.read(line, Conflict.class);
      assertThat(stories).contains(c.story());
      assertThat(events).contains(c.about());
    }
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
