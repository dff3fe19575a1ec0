package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.model.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The actors of the Kosovo-Russia seed reports ({@code ../shared/corpora/seeds}, read in place;
 * skipped when absent): each person, country and organisation is one entity across spellings,
 * metonyms and articles, with its CAMEO code.
 */
class SeedEntitiesTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared")).resolve("corpora/seeds");

  private static List<Entity> entities;

  @BeforeAll
  static void run() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no seed corpus at " + SEEDS);
    entities = CorpusEntities.of(SEEDS);
  }

  @Test
  void osmaniIsOneEntityUnderEverySpelling() {
    List<Entity> osmani = having(a -> a.matches("(?i).*\\bV[ij]osa\\b.*"));
    assertThat(osmani).hasSize(1);
    assertThat(osmani.get(0).name()).isEqualTo("Vjosa Osmani");
    assertThat(osmani.get(0).actor()).isEqualTo("KSVGOV");
  }

  @Test
  void russiaIsOneEntityWithItsCapitalAndSeatOfPower() {
    Entity russia = one(a -> a.equals("Moscow"));
    assertThat(russia.name()).isEqualTo("Russia");
    assertThat(russia.actor()).isEqualTo("RUS");
    assertThat(having(a -> a.matches("(?i)(the )?Kremlin"))).containsExactly(russia);
    assertThat(having(a -> a.matches("(?i)(the )?Russian Federation"))).containsExactly(russia);
  }

  @Test
  void kosovoIsOneEntityWithItsCapital() {
    Entity kosovo = one(a -> a.equals("Pristina"));
    assertThat(kosovo.name()).isEqualTo("Kosovo");
    assertThat(kosovo.actor()).isEqualTo("KSV");
  }

  @Test
  void krivosheevIsOneEntityUnderEverySpelling() {
    assertThat(having(a -> a.toLowerCase(Locale.ROOT).contains("krivoshe"))).hasSize(1);
  }

  @Test
  void namedActorsAreResolvedAndCoded() {
    for (String name : List.of("Zakharova", "Lavrov", "Haradinaj", "Shapovalov", "Engelhardt")) {
      Entity e = one(a -> a.endsWith(name));
      assertThat(e.type()).as(name).isEqualTo(dev.parallax.model.EntityType.PERSON);
      assertThat(e.actor()).as(name).isNotNull();
    }
    assertThat(one(a -> a.equals("RTK")).actor()).isEqualTo("KSVMED");
    assertThat(one(a -> a.equals("UNMIK")).actor()).startsWith("IGOUNO");
  }

  private static Entity one(Predicate<String> alias) {
    List<Entity> found = having(alias);
    assertThat(found).as("entities with such an alias").hasSize(1);
    return found.get(0);
  }

  private static List<Entity> having(Predicate<String> alias) {
    return entities.stream().filter(e -> e.aliases().stream().anyMatch(alias)).toList();
  }
}
