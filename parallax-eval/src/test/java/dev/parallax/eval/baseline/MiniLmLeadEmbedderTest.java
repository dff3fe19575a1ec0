package dev.parallax.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.actors.KnowledgeBase;
import dev.parallax.eval.CorpusFolder;
import dev.parallax.model.Article;
import dev.parallax.model.Jsonl;
import dev.parallax.stories.StoryGrouper;
import dev.parallax.stories.StoryOptions;
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
 * Story grouping with MiniLM lead embeddings mixed in ({@code eval stories --embeddings}) still
 * groups the bundled example corpus exactly as its answer key says, as it does without them (core's
 * {@code CorpusStoriesTest}).
 */
@Tag("slow") // loads the MiniLM model and ONNX Runtime
class MiniLmLeadEmbedderTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

  @Test
  void exampleCorpusGivesTheKeysStoriesWithEmbeddings() throws IOException {
    JsonNode key = Jsonl.mapper().readTree(Files.readString(EXAMPLES.resolve(".answers.json")));
    Set<Set<String>> expected = new HashSet<>();
    for (JsonNode story : key.get("stories")) {
      Set<String> files = new HashSet<>();
      story.forEach(f -> files.add(f.asText()));
      expected.add(files);
    }
    StoryGrouper withEmbeddings =
        new StoryGrouper(
            KnowledgeBase.builtIn(), StoryOptions.WITH_EMBEDDINGS, new MiniLmLeadEmbedder());
    assertThat(storiesByFile(EXAMPLES, withEmbeddings)).isEqualTo(expected);
  }

  private static Set<Set<String>> storiesByFile(Path folder, StoryGrouper grouper)
      throws IOException {
    List<Article> articles = CorpusFolder.articles(folder);
    Map<String, String> fileOf = new HashMap<>();
    for (Article a : articles) {
      fileOf.put(a.id(), Path.of(a.source()).getFileName().toString());
    }
    return grouper.group(articles).stream()
        .map(s -> s.articles().stream().map(fileOf::get).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }
}
