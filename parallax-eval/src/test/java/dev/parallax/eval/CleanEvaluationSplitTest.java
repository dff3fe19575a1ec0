package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fixed tune / held-out split of the development pages and the bootstrap intervals. */
class CleanEvaluationSplitTest {
  @Test
  void splitIsByIdAloneAndHoldsOutAboutAThird() {
    int held = 0;
    for (int i = 1; i <= 711; i++) {
      String id = String.format("%04d", i);
      boolean h = CleanEvaluation.Part.heldOut(id);
      held += h ? 1 : 0;
      assertThat(CleanEvaluation.Part.HELD_OUT.holds(id)).isEqualTo(h);
      assertThat(CleanEvaluation.Part.TUNE.holds(id)).isEqualTo(!h);
      assertThat(CleanEvaluation.Part.ALL.holds(id)).isTrue();
    }
    assertThat(held).isBetween(200, 280);
    // Fixed by SHA-256, not by the order pages are read in: the same id, the same part.
    assertThat(CleanEvaluation.Part.heldOut("0001"))
        .isEqualTo(CleanEvaluation.Part.heldOut("0001"));
  }

  @Test
  void bootstrapIntervalBracketsTheFigureAndIsSeeded() {
    List<CleanEvaluation.PageResult> results = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      double f = i % 4 == 0 ? 0.5 : 1.0;
      results.add(
          new CleanEvaluation.PageResult(
              "p" + i, new Prf(f, f, f), i % 2 == 0, i % 5 == 0 ? null : i % 3 != 0, "t", null));
    }
    CleanEvaluation.Score s = CleanEvaluation.summarise(results);
    CleanEvaluation.Intervals ci = CleanEvaluation.bootstrap(results, 1000, 21);
    assertThat(ci.bodyF1().low()).isLessThan(s.bodyF1()).isGreaterThan(0.8);
    assertThat(ci.bodyF1().high()).isGreaterThan(s.bodyF1()).isLessThan(0.95);
    assertThat(ci.titleAccuracy().low()).isLessThan(0.5);
    assertThat(ci.titleAccuracy().high()).isGreaterThan(0.5);
    assertThat(ci.dateAccuracy().low()).isLessThan(s.dateAccuracy());
    assertThat(CleanEvaluation.bootstrap(results, 1000, 21)).isEqualTo(ci);
  }
}
