package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Smoke check on the CoNLL-2003 dev set in ../shared; skipped when it is absent. */
class NerEvaluationConllTest {
  @Test
  void namesProfileKeepsItsLevelOnConllDev() throws Exception {
    Path file =
        Path.of(System.getProperty("parallax.shared", "../shared"), "eval/conll2003/valid.txt");
    assumeTrue(Files.isRegularFile(file), "CoNLL-2003 dev set not found at " + file);

    NerScore score = new NerEvaluation(CoreNlpAnnotators.pretokenisedNames()).run(file);

    // Measured 0.9309; the issue asks for at least 0.90.
    assertThat(score.total().f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(score.total().gold()).isEqualTo(5942);
  }
}
