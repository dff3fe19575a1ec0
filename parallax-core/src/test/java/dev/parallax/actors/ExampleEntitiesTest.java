package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.eval.EntityMergeEvaluation;
import dev.parallax.model.Entity;
import dev.parallax.model.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Entity merges on the bundled example corpus, scored against the entities of its answer key
 * ({@code examples/.answers.json}, written by the corpus author).
 */
class ExampleEntitiesTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

  private static CorpusFixture corpus;
  private static List<EntityMergeEvaluation.GoldEntity> key;

  @BeforeAll
  static void run() throws IOException {
    corpus = CorpusFixture.of(EXAMPLES);
    key = new ArrayList<>();
    JsonNode root = Jsonl.mapper().readTree(Files.readString(EXAMPLES.resolve(".answers.json")));
    for (JsonNode e : root.get("entities")) {
      List<String> aliases = new ArrayList<>();
      e.get("aliases").forEach(a -> aliases.add(a.asText()));
      key.add(new EntityMergeEvaluation.GoldEntity(e.get("name").asText(), aliases));
    }
  }

  @Test
  void mergePrecisionAndRecallAgainstTheKey() {
    EntityMergeEvaluation.Score score =
        EntityMergeEvaluation.score(corpus.articles(), corpus.actors(), corpus.linked(), key);
    System.out.println("example corpus entity merges: " + score.summary());
    corpus
        .linked()
        .entities()
        .forEach(
            e ->
                System.out.println(
                    e.name() + " " + e.type() + " " + e.actor() + " " + e.aliases()));
    assertThat(score.precision()).isGreaterThanOrEqualTo(0.0);
    assertThat(score.recall()).isGreaterThanOrEqualTo(0.0);
  }

  private static Entity named(String name) {
    return corpus.linked().entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name));
  }
}
