package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  private static final Map<String, String> GOLD =
      Map.of("a1", "A", "a2", "A", "a3", "A", "b1", "B", "b2", "B");

  @Test
  void perfectClusteringScoresOne() {
    Map<String, String> predicted = Map.of("a1", "x", "a2", "x", "a3", "x", "b1", "y", "b2", "y");
    ClusterScores s = ClusterScores.of(predicted, GOLD);
    assertThat(s.bcubed().f1()).isEqualTo(1.0);
    assertThat(s.pairwise().f1()).isEqualTo(1.0);
    assertThat(s.n()).isEqualTo(5);
  }

  @Test
  void allInOneClusterHasFullRecallAndLowPrecision() {
    Map<String, String> predicted = Map.of("a1", "x", "a2", "x", "a3", "x", "b1", "x", "b2", "x");
    ClusterScores s = ClusterScores.of(predicted, GOLD);
    // B-cubed precision: a's 3/5 each, b's 2/5 each: (9/5 + 4/5) / 5 = 0.52
    assertThat(s.bcubed().precision()).isCloseTo(0.52, within(1e-9));
    assertThat(s.bcubed().recall()).isEqualTo(1.0);
    // pairs: 10 predicted, 3 + 1 = 4 gold, all 4 found
    assertThat(s.pairwise().precision()).isCloseTo(0.4, within(1e-9));
    assertThat(s.pairwise().recall()).isEqualTo(1.0);
  }

  @Test
  void singletonsHaveFullPrecisionAndLowRecall() {
    ClusterScores s = ClusterScores.of(Map.of(), GOLD);
    assertThat(s.bcubed().precision()).isEqualTo(1.0);
    // recall: a's 1/3 each, b's 1/2 each: (1 + 1) / 5 = 0.4
    assertThat(s.bcubed().recall()).isCloseTo(0.4, within(1e-9));
    assertThat(s.pairwise().recall()).isEqualTo(0.0);
    assertThat(s.pairwise().f1()).isEqualTo(0.0);
  }

  @Test
  void oneSplitItem() {
    Map<String, String> predicted = Map.of("a1", "x", "a2", "x", "a3", "z", "b1", "y", "b2", "y");
    ClusterScores s = ClusterScores.of(predicted, GOLD);
    assertThat(s.bcubed().precision()).isEqualTo(1.0);
    // recall: a1, a2 2/3; a3 1/3; b's 1: (2/3 + 2/3 + 1/3 + 2) / 5
    assertThat(s.bcubed().recall()).isCloseTo((11.0 / 3) / 5, within(1e-9));
    assertThat(s.pairwise().precision()).isEqualTo(1.0);
    assertThat(s.pairwise().recall()).isCloseTo(2.0 / 4, within(1e-9));
  }

  @Test
  void itemsOutsideTheReferenceAreIgnored() {
    Map<String, String> predicted =
        Map.of("a1", "x", "a2", "x", "a3", "x", "b1", "y", "b2", "y", "c9", "x");
    assertThat(ClusterScores.of(predicted, GOLD).bcubed().f1()).isEqualTo(1.0);
  }
}
