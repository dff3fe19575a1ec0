package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Entity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Entity merges on the bundled example corpus: transliteration variants and metonyms join their
 * entity. (The merges scored against the answer key's entities are parallax-eval's {@code
 * ExampleKeyTest}, as {@code parallax eval actors --data examples}.)
 */
@Tag("slow") // runs CoreNLP on the examples
class ExampleEntitiesTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("user.dir")).getParent().resolve("examples");

  private static List<Entity> entities;

  @BeforeAll
  static void run() throws IOException {
    entities = CorpusEntities.of(EXAMPLES);
  }

  @Test
  void transliteratedSpeakersAreOneEntityEach() {
    assertThat(withAlias("Alena Kovalevskaya"))
        .isEqualTo(withAlias("Elena Kovalevskaya"))
        .isEqualTo(withAlias("Kavaleuskaya"));
    assertThat(withAlias("Igor Lapo")).isEqualTo(withAlias("Ihar Lapa"));
    assertThat(withAlias("Vasile Ciobanu").actor()).isEqualTo("MDAGOV");
    assertThat(withAlias("Minsk").name()).isEqualTo("Belarus");
    assertThat(withAlias("Minsk").actor()).isEqualTo("BLR");
  }

  private static Entity withAlias(String alias) {
    return entities.stream()
        .filter(e -> e.aliases().stream().anyMatch(a -> a.endsWith(alias)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(alias));
  }
}
