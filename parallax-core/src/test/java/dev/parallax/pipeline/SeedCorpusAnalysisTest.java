package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.ingest.IngestOptions;
import dev.parallax.ingest.Ingestor;
import dev.parallax.ingest.Manifest;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Event;
import dev.parallax.model.EventMention;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Story;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole analysis of the seed corpus (read-only, from the shared folder; skipped without it):
 * the three reports of the October 2021 expulsion (files 000, 001 and 003) form one story and
 * report one fused event; the 2019 and 2022 reports (002, 004) stand alone; the two undated reports
 * of the expulsion are dated to the day through the event they share with the dated one, which
 * their {@code published_event} names; the 2019 and 2022 reports stay undated.
 */
class SeedCorpusAnalysisTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora/seeds");

  @TempDir Path out;

  @Test
  void expulsionIsOneStoryAndOneEventReportedByThreeArticles() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no shared seeds");
    new Analysis(
            new Ingestor(Manifest.read(SEEDS.resolve("manifest.csv")), IngestOptions.DEFAULTS),
            new AnalysisOptions(out, Until.GROUP, 2))
        .run(List.of(SEEDS), Progress.NONE);
    Map<String, Article> articles =
        lines("articles.jsonl", Jsonl::readArticleRecord).stream()
            .map(Article.class::cast)
            .collect(Collectors.toMap(Article::id, a -> a));
    Function<String, String> file =
        id -> Path.of(articles.get(id).source()).getFileName().toString().substring(0, 3);

    Set<Set<String>> stories =
        lines("stories.jsonl", l -> Jsonl.read(l, Story.class)).stream()
            .map(s -> s.articles().stream().map(file).collect(Collectors.toSet()))
            .collect(Collectors.toSet());
    assertThat(stories)
        .containsExactlyInAnyOrder(Set.of("000", "001", "003"), Set.of("002"), Set.of("004"));

    List<Event> expulsion =
        lines("events.jsonl", l -> Jsonl.read(l, Event.class)).stream()
            .filter(e -> e.cameo().startsWith("17") && e.articles() == 3)
            .toList();
    assertThat(expulsion).hasSize(1);
    Event e = expulsion.get(0);
    assertThat(e.mentions().stream().map(EventMention::article).map(file).distinct())
        .containsExactlyInAnyOrder("000", "001", "003");
    assertThat(e.date()).hasToString("2021-10-22");

    Map<String, String> publishedEvent = new HashMap<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
      var node = new ObjectMapper().readTree(line);
      publishedEvent.put(node.get("id").asText(), node.path("published_event").asText(null));
    }
    for (Article a : articles.values()) {
      if (Set.of("001", "003").contains(file.apply(a.id()))) {
        assertThat(a.publishedFrom()).as(a.source()).isEqualTo(DateSource.INFERRED);
        assertThat(a.published()).as(a.source()).hasToString("2021-10-22");
        assertThat(publishedEvent.get(a.id())).as(a.source()).isEqualTo(e.id());
      } else {
        assertThat(a.publishedFrom()).as(a.source()).isNotEqualTo(DateSource.INFERRED);
        assertThat(publishedEvent.get(a.id())).as(a.source()).isNull();
      }
      if (Set.of("002", "004").contains(file.apply(a.id()))) {
        assertThat(a.published()).as("shares no event with a dated report").isNull();
      }
    }
  }

  private <T> List<T> lines(String name, Function<String, T> parse) throws IOException {
    return Files.readAllLines(out.resolve(name)).stream().map(parse).toList();
  }
}
