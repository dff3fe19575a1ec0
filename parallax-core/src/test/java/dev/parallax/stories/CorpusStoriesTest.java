package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.model.Story;
import dev.parallax.testing.CorpusFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Groups real corpora end to end (ingest, clean, group): the bundled example corpus against its
 * answer key, and the seed corpus in {@code ../shared} (skipped when absent).
 */
@Tag("slow") // reads and groups whole corpora
class CorpusStoriesTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora/seeds");

  /**
   * With TF-IDF, actors and dates; with MiniLM lead embeddings mixed in too is parallax-eval's
   * {@code MiniLmLeadEmbedderTest}, since only {@code eval stories --embeddings} turns them on.
   */
  @Test
  void exampleCorpusGivesTheKeysStories() throws IOException {
    JsonNode key = Jsonl.mapper().readTree(Files.readString(EXAMPLES.resolve(".answers.json")));
    Set<Set<String>> expected = new HashSet<>();
    key.get("stories")
        .forEach(
            s -> {
              Set<String> files = new HashSet<>();
              s.forEach(f -> files.add(f.asText()));
              expected.add(files);
            });
    assertThat(storiesByFile(EXAMPLES, new StoryGrouper())).isEqualTo(expected);
  }

  /**
   * The seeds: three reports of the October 2021 expulsion (000, 001 and 003, RT's recalling the 22
   * October announcement), one of the 2019 expulsion of a UN staffer (002) and one of the 2022
   * quarrel over mercenaries (004), which mention one another's happenings as background.
   */
  @Test
  void seedsGiveOneStoryForTheExpulsionAndOneForEachOtherHappening() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no ../shared seed corpus");
    Set<Set<String>> stories =
        storiesByFile(SEEDS, new StoryGrouper()).stream()
            .map(s -> s.stream().map(f -> f.substring(0, 3)).collect(Collectors.toSet()))
            .collect(Collectors.toSet());
    assertThat(stories)
        .containsExactlyInAnyOrder(Set.of("000", "001", "003"), Set.of("002"), Set.of("004"));
  }

  private static Set<Set<String>> storiesByFile(Path folder, StoryGrouper grouper)
      throws IOException {
    List<Article> articles = CorpusFolder.articles(folder);
    Map<String, String> fileOf = new HashMap<>();
    for (Article a : articles) {
      fileOf.put(a.id(), Path.of(a.source()).getFileName().toString());
    }
    List<Story> stories = grouper.group(articles);
    return stories.stream()
        .map(s -> s.articles().stream().map(fileOf::get).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }
}
