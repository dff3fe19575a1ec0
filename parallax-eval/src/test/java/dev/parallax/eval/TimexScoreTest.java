package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoreTest {
  private static final List<TimexSpan> GOLD =
      List.of(
          new TimexSpan(0, 8, "DATE", "2003-05-08"),
          new TimexSpan(20, 28, "DURATION", "P2D"),
          new TimexSpan(40, 44, "DATE", "2003"));

  @Test
  void perfectSystemScoresOne() {
    TimexScore s = TimexScore.of(GOLD, GOLD);
    assertThat(s.strictF1()).isEqualTo(1.0);
    assertThat(s.relaxedF1()).isEqualTo(1.0);
    assertThat(s.valueF1()).isEqualTo(1.0);
    assertThat(s.typeAccuracy()).isEqualTo(1.0);
  }

  @Test
  void overlapCountsRelaxedOnlyAndValueNeedsEquality() {
    List<TimexSpan> system =
        List.of(
            new TimexSpan(0, 8, "DATE", "2003-05-08"), // exact, right value
            new TimexSpan(16, 28, "DURATION", "P3D"), // overlaps, wrong value
            new TimexSpan(50, 55, "DATE", "2004")); // spurious
    TimexScore s = TimexScore.of(GOLD, system);
    assertThat(s.strict()).isEqualTo(1);
    assertThat(s.relaxed()).isEqualTo(2);
    assertThat(s.value()).isEqualTo(1);
    // P = R = 2/3 for relaxed; 1/3 for strict and value.
    assertThat(s.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.strictF1()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.valueF1()).isCloseTo(1.0 / 3, within(1e-9));
  }

  @Test
  void oneSystemSpanMatchesOneGoldSpan() {
    List<TimexSpan> gold =
        List.of(new TimexSpan(0, 5, "DATE", "X"), new TimexSpan(6, 10, "DATE", "Y"));
    TimexScore s = TimexScore.of(gold, List.of(new TimexSpan(0, 10, "DATE", "X")));
    assertThat(s.relaxed()).isEqualTo(1);
    assertThat(s.value()).isEqualTo(1);
  }

  @Test
  void sumsAcrossDocuments() {
    TimexScore a = TimexScore.of(GOLD, GOLD);
    TimexScore b = TimexScore.of(GOLD, List.of());
    TimexScore sum = a.plus(b);
    assertThat(sum.gold()).isEqualTo(6);
    assertThat(sum.relaxedRecall()).isEqualTo(0.5);
    assertThat(sum.relaxedPrecision()).isEqualTo(1.0);
    assertThat(TimexScore.ZERO.relaxedF1()).isZero();
  }

  @Test
  void bootstrapIntervalsSpanTheDocumentsAndAreSeeded() {
    List<TimexScore> docs =
        List.of(
            new TimexScore(4, 4, 4, 4, 4, 4), // value F1 1
            new TimexScore(4, 4, 2, 4, 0, 4), // value F1 0
            new TimexScore(4, 4, 4, 4, 2, 4));
    TimexScore.Intervals ci = TimexScore.bootstrap(docs, 1000, 21);
    assertThat(ci.valueF1().low()).isLessThan(TimexScore.sum(docs).valueF1());
    assertThat(ci.valueF1().high()).isGreaterThan(TimexScore.sum(docs).valueF1());
    assertThat(ci.valueF1().low()).isGreaterThanOrEqualTo(0.0);
    assertThat(ci.valueF1().high()).isLessThanOrEqualTo(1.0);
    assertThat(ci.relaxedF1().low()).isEqualTo(1.0);
    assertThat(TimexScore.bootstrap(docs, 1000, 21)).isEqualTo(ci);
  }

  @Test
  void partnersPairEachGoldWithTheUnusedSystemSpanSharingMostCharacters() {
    List<TimexSpan> system =
        List.of(
            new TimexSpan(0, 3, "DATE", "2003"),
            new TimexSpan(2, 10, "DATE", "2003-05-08"),
            new TimexSpan(50, 55, "DATE", "2004"));
    assertThat(TimexScore.partners(GOLD, system)).containsExactly(1, -1, -1);
    assertThat(TimexScore.partners(List.of(GOLD.get(0), GOLD.get(0)), system))
        .containsExactly(1, 0);
  }
}
