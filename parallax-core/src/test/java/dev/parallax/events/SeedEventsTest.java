package dev.parallax.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.annotate.AnnotatedArticle;
import dev.parallax.eval.CorpusFolder;
import dev.parallax.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus (read-only, from the shared folder; skipped without it): the issue's events must
 * be found with the right actors and root, and nothing coded as an invasion from a denial.
 */
class SeedEventsTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parallax.shared", "../shared"), "corpora/seeds");

  @Test
  void findsTheIssuesEventsWithTheirActorsAndRoots() throws IOException {
    assumeTrue(Files.isDirectory(SEEDS), "no shared seeds");
    List<String> found = new ArrayList<>();
    for (Article article : CorpusFolder.articles(SEEDS)) {
      AnnotatedArticle a = EventFixtures.annotator().annotate(article);
      for (ExtractedEvent e : EventFixtures.EXTRACTOR.extract(a, EventFixtures.tagger().tag(a))) {
        String source = e.event().source().actor();
        String target = e.event().target().actor();
        found.add(
            (source == null ? "?" : source.substring(0, 3))
                + " "
                + e.event().cameo().substring(0, 2)
                + " "
                + (target == null ? "-" : target.substring(0, 3)));
      }
    }
    System.out.println("seed events (source root target): " + found);
    assertThat(found)
        .as("Kosovo expels Russian diplomats; Kosovo declares the UN staffer persona non grata")
        .contains("KSV 17 RUS");
    assertThat(found).as("Albania expelled Krivosheev").anyMatch(s -> s.startsWith("ALB 17"));
    assertThat(found).as("Russia denounces the expulsion").contains("RUS 11 KSV");
    assertThat(found).as("Kosovo rejects the Russian claims").contains("KSV 01 RUS");
    assertThat(found)
        .as("nothing coded as an invasion or attack")
        .noneMatch(s -> s.contains(" 19 "));
  }
}
