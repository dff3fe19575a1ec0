package dev.parallax.time;

import static dev.parallax.time.TimeFixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import dev.parallax.resources.Rules;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow") // SUTime
class ReportingPeriodsTest {
  private static final TimeLexicon LEXICON = TimeLexicon.of(Rules.bundled());

  @Test
  void theYearEndedOnADateIsATwelveMonthSpan() {
    String body = "For the fiscal year ended May 31, the brewer earned more.";
    List<TimeExpression> in = List.of(at(body, "the fiscal year", TimexType.DATE, "2030"));
    TimeExpression out = ReportingPeriods.apply(body, in, LEXICON).get(0);
    assertThat(out.type()).isEqualTo(TimexType.DURATION);
    assertThat(out.value()).isEqualTo("P1Y");
  }

  @Test
  void theYearAloneStaysADate() {
    String body = "For the year, the brewer earned more.";
    List<TimeExpression> in = List.of(at(body, "the year", TimexType.DATE, "2030"));
    assertThat(ReportingPeriods.apply(body, in, LEXICON)).isEqualTo(in);
  }

  @Test
  void firstMonthsOfAYearSplitIntoADurationAndTheYear() {
    String body = "Sales rose in the first six months of 2029 at the brewer.";
    List<TimeExpression> in =
        List.of(at(body, "the first six months of 2029", TimexType.DATE, "2029"));
    List<TimeExpression> out = ReportingPeriods.apply(body, in, LEXICON);
    assertThat(out)
        .extracting(TimeExpression::text)
        .containsExactly("the first six months", "2029");
    assertThat(out).extracting(TimeExpression::value).containsExactly("P6M", "2029");
    assertThat(out.get(0).type()).isEqualTo(TimexType.DURATION);
  }

  @Test
  void halfUnitsJoinTheirNumber() {
    String body = "The strike lasted 3 1/2 years and ended.";
    List<TimeExpression> in = List.of(at(body, "years", TimexType.DURATION, "PXY"));
    TimeExpression out = HalfUnits.apply(body, in).get(0);
    assertThat(out.text()).isEqualTo("3 1/2 years");
    assertThat(out.value()).isEqualTo("P3Y6M");
  }
}
