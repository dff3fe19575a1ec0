package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.annotate.corenlp.CoreNlpAnnotators;
import dev.parallax.time.TimeTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexEvaluationTest {
  private static final TimexEvaluation EVAL =
      new TimexEvaluation(new TimeTagger(CoreNlpAnnotators.sutime()));

  @Test
  void scoresAHandMadeDocument() {
    TimemlDocument doc = TimemlReader.parse("x1", TimemlReaderTest.DOC);
    TimexScore s = EVAL.score(doc);
    assertThat(s.gold()).isEqualTo(2);
    assertThat(s.value()).isEqualTo(2);
  }

  @Test
  void smokeOnTempEval3WhenPresent() throws Exception {
    Path dir =
        Path.of(System.getProperty("parallax.shared", "../shared"), "eval/tempeval3/Training");
    assumeTrue(Files.isDirectory(dir), "TempEval-3 data not present");
    List<Path> files = TimemlReader.files(dir).subList(0, 10);
    TimexScore total = TimexScore.ZERO;
    for (Path f : files) {
      total = total.plus(EVAL.score(TimemlReader.read(f)));
    }
    // A floor well under the full-set figure: it catches a broken reader or tagger, not drift.
    assertThat(total.relaxedF1()).isGreaterThan(0.75);
  }
}
