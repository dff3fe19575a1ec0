package dev.parallax.time;

import static dev.parallax.time.TimeFixture.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // SUTime
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

  @Test
  void aQuarterNamedWithAnIndefiniteArticleDoesNotMoveTheReference() {
    String body =
        "Profit rose in the fourth quarter after a weak third quarter; a year ago it fell.";
    List<TimeExpression> in =
        List.of(
            at(body, "the fourth quarter", TimexType.DATE, "2030-Q4"),
            at(body, "weak third quarter", TimexType.DATE, "2030-Q3"),
            at(body, "a year ago", TimexType.DATE, "2029"));
    assertThat(QuarterReference.apply(body, in).get(2).value()).isEqualTo("2029-Q4");
  }

  @Test
  void anAdjectivalQuarterAfterAnArticleStillNamesTheReportsQuarter() {
    String body = "The mill posted a second-quarter gain and a year earlier a loss.";
    List<TimeExpression> in =
        List.of(
            at(body, "second-quarter", TimexType.DATE, "2030-Q2"),
            at(body, "a year earlier", TimexType.DATE, "2029"));
    assertThat(QuarterReference.apply(body, in).get(1).value()).isEqualTo("2029-Q2");
  }

  @Test
  void afterAMonthsPeriodTheYearEarlierPeriodIsThatDurationAndAYearEarlierTheYear() {
    String body =
        "In the second quarter sales grew. For the first six months net rose from a year"
            + " earlier; in the year-earlier period costs were high.";
    List<TimeExpression> in =
        List.of(
            at(body, "the second quarter", TimexType.DATE, "2030-Q2"),
            at(body, "the first six months", TimexType.DURATION, "P6M"),
            at(body, "a year earlier", TimexType.DATE, "2029"),
            at(body, "the year", TimexType.DATE, "2029"));
    assertThat(QuarterReference.apply(body, in))
        .extracting(TimeExpression::type, TimeExpression::value)
        .containsExactly(
            tuple(TimexType.DATE, "2030-Q2"),
            tuple(TimexType.DURATION, "P6M"),
            tuple(TimexType.DATE, "2029"),
            tuple(TimexType.DURATION, "P6M"));
  }

  @Test
  void threeMonthsIsTheQuarterItselfNotANewPeriod() {
    String body = "For the third quarter, the three months to September, net fell from a year ago.";
    List<TimeExpression> in =
        List.of(
            at(body, "the third quarter", TimexType.DATE, "2030-Q3"),
            at(body, "the three months", TimexType.DURATION, "P3M"),
            at(body, "a year ago", TimexType.DATE, "2029"));
    assertThat(QuarterReference.apply(body, in).get(2).value()).isEqualTo("2029-Q3");
  }
}
