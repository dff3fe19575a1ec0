package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.clean.ArticleCleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The HTML cleaner on the WCXB dev articles (skipped when ../shared is absent). */
class CleanEvaluationGoldTest {
  @Test
  void htmlCleanerMeetsItsTargets() throws Exception {
    Path dir =
        Path.of(System.getProperty("parallax.shared", "../shared"), "eval/wcxb-dev-articles");
    assumeTrue(Files.isDirectory(dir.resolve("html")), "WCXB gold set not present");
    CleanEvaluation.Score s =
        new CleanEvaluation(new ArticleCleaner()).run(dir, CleanEvaluation.Input.HTML, r -> {});
    assertThat(s.n()).isEqualTo(120);
    assertThat(s.bodyF1()).isGreaterThanOrEqualTo(0.95);
    assertThat(s.titleAccuracy()).isGreaterThanOrEqualTo(0.90);
    assertThat(s.dateAccuracy()).isGreaterThanOrEqualTo(0.85);
  }
}
