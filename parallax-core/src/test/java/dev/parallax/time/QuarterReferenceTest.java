package dev.parallax.time;

import static dev.parallax.time.TimeFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterReferenceTest {
  @Test
  void yearEarlierAndTheQuarterFollowTheLastNamedQuarter() {
    String body = "Sales rose in the second quarter from a year earlier; the quarter was strong.";
    List<TimeExpression> in =
        List.of(
            at(body, "the second quarter", TimexType.DATE, "2030-Q2"),
            at(body, "a year earlier", TimexType.DATE, "2029"),
            at(body, "the quarter", TimexType.DATE, "2030-Q4"));
    assertThat(QuarterReference.apply(body, in))
        .extracting(TimeExpression::value)
        .containsExactly("2030-Q2", "2029-Q2", "2030-Q2");
  }

  @Test
  void theQuarterBeforeAnyIsNamedIsTheOneJustEnded() {
    String body = "Profit fell in the quarter.";
    List<TimeExpression> in = List.of(at(body, "the quarter", TimexType.DATE, "2030-Q1"));
    assertThat(QuarterReference.apply(body, in).get(0).value()).isEqualTo("2029-Q4");
  }

  @Test
  void withoutQuartersNothingChanges() {
    String body = "The plant opened a year earlier.";
    List<TimeExpression> in = List.of(at(body, "a year earlier", TimexType.DATE, "2029"));
    assertThat(QuarterReference.apply(body, in)).isEqualTo(in);
  }
}
