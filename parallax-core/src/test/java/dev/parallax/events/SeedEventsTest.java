package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.model.Article;
import dev.parallax.pipeline.Models;
import dev.parallax.testing.CorpusFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus (read-only, from the shared folder; skipped without it): the events must
 * be found in the report that tells them, with the right actors and root, and nothing coded as an
 * invasion or attack from a denial. Events are written "source root target" with three-letter actor
 * prefixes, "-" for no target.
 */
class SeedEventsTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora/seeds");

  /** Events by the seed file's number ("000" ...). */
  private static final Map<String, List<String>> FOUND = new TreeMap<>();

  @BeforeAll
  static void extractAll() throws IOException {
    if (!Files.isDirectory(SEEDS)) {
      return;
    }
    for (Article article : CorpusFolder.articles(SEEDS)) {
      AnnotatedArticle a = Models.shared().annotator().annotate(article);
      List<String> found = new ArrayList<>();
      for (ExtractedEvent e : EventFixtures.EXTRACTOR.extract(a, EventFixtures.tagger().tag(a))) {
        found.add(
            prefix(e.event().source().actor(), "?")
                + " "
                + e.event().cameo().substring(0, 2)
                + " "
                + prefix(e.event().target().actor(), "-"));
      }
      FOUND.put(Path.of(article.source()).getFileName().toString().substring(0, 3), found);
    }
    System.out.println("seed events (source root target): " + FOUND);
  }

  private static String prefix(String actor, String none) {
    return actor == null ? none : actor.substring(0, 3);
  }

  private static List<String> in(String seed) {
    assumeTrue(Files.isDirectory(SEEDS), "no shared seeds");
    return FOUND.getOrDefault(seed, List.of());
  }

  @Test
  void kosovoExpelsTheTwoRussianDiplomats() {
    assertThat(in("001")).as("the expulsion of two Russian diplomats").contains("KSV 17 RUS");
    assertThat(in("003")).as("declared persona non grata").contains("KSV 17 RUS");
    assertThat(in("000"))
        .as("the foreign ministry (of the headline's country) declared the pair")
        .anyMatch(s -> s.startsWith("KSV 17"));
  }

  @Test
  void russiaDenouncesTheExpulsion() {
    assertThat(in("000")).as("called the move a provocation").contains("RUS 11 KSV");
    assertThat(in("003")).as("condemns Kosovo's behaviour").contains("RUS 11 KSV");
  }

  @Test
  void albaniaHadExpelledKrivosheev() {
    assertThat(in("000"))
        .as("Krivosheev, identified as one of the two Russian diplomats")
        .contains("ALB 17 RUS");
  }

  @Test
  void kosovoDeclaresTheUnStafferPersonaNonGrataAndTheKremlinProtests() {
    assertThat(in("002"))
        .as("ordered to leave, reported by Kosovo's prime minister")
        .anyMatch(s -> s.startsWith("KSV 17"));
    assertThat(in("002")).as("the Kremlin called the arrest an incident").contains("RUS 11 KSV");
  }

  @Test
  void kosovoRejectsLavrovsClaimsWhichAccuseKosovo() {
    assertThat(in("004")).as("rejected Russian claims").contains("KSV 01 RUS");
    assertThat(in("004")).as("the claims accuse Kosovo").contains("RUS 11 KSV");
  }

  @Test
  void nothingIsCodedAsAnInvasionOrAttackFromADenial() {
    for (String seed : List.of("000", "001", "002", "003", "004")) {
      assertThat(in(seed)).noneMatch(s -> s.contains(" 19 ") || s.contains(" 18 "));
    }
  }
}
