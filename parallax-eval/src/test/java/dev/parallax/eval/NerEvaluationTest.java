package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parallax.annotate.NameTagger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {
  private static final String GOLD =
      """
      -DOCSTART- -X- -X- O

      Anna NNP B-NP B-PER
      Berg NNP I-NP I-PER
      visited VBD B-VP O
      Oslo NNP B-NP B-LOC
      . . O O

      The DT B-NP O
      Red NNP I-NP B-ORG
      Cross NNP I-NP I-ORG
      helped VBD B-VP O
      . . O O

      -DOCSTART- -X- -X- O

      Swedish JJ B-NP B-MISC
      fans NNS I-NP O
      cheered VBD B-VP O
      """;

  /** A tagger that answers from a fixed word -> class table, O for the rest. */
  private static NameTagger tagger(Map<String, String> classes) {
    return sentences -> {
      List<List<String>> out = new ArrayList<>();
      for (List<String> s : sentences) {
        out.add(s.stream().map(w -> classes.getOrDefault(w, "O")).toList());
      }
      return out;
    };
  }

  @Test
  void scoresEntitiesByExactTypeAndExtent(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("gold.txt"), GOLD);
    // Anna Berg right; Oslo typed wrong; only "Cross" of Red Cross; Swedish right; fans spurious.
    NameTagger tagger =
        tagger(
            Map.of(
                "Anna", "PERSON",
                "Berg", "PERSON",
                "Oslo", "ORGANIZATION",
                "Cross", "ORGANIZATION",
                "Swedish", "MISC",
                "fans", "DATE"));

    NerScore score = new NerEvaluation(tagger).run(file);

    assertThat(score.total()).isEqualTo(new EntityCounts(2, 4, 4));
    assertThat(score.total().precision()).isEqualTo(0.5);
    assertThat(score.total().recall()).isEqualTo(0.5);
    assertThat(score.total().f1()).isCloseTo(0.5, within(1e-9));
    assertThat(score.byType().get("ORG")).isEqualTo(new EntityCounts(0, 2, 1));
    assertThat(score.documents()).isEqualTo(2);
    assertThat(score.sentences()).isEqualTo(3);
    assertThat(score.tokens()).isEqualTo(13);
    assertThat(score.summary())
        .containsExactly(
            Map.entry("task", "ner"),
            Map.entry("f1", 0.5),
            Map.entry("precision", 0.5),
            Map.entry("recall", 0.5),
            Map.entry("n", 4));
  }

  @Test
  void nothingPredictedScoresZeroWithoutDividingByZero(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("gold.txt"), GOLD);

    NerScore score = new NerEvaluation(tagger(Map.of())).run(file);

    assertThat(score.total()).isEqualTo(new EntityCounts(0, 0, 4));
    assertThat(score.total().f1()).isZero();
  }
}
