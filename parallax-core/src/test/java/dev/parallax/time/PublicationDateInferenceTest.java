package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.PartialDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hand-written undated articles. */
@Tag("slow") // SUTime
class PublicationDateInferenceTest {
  private static final PublicationDateInference INFERENCE = new PublicationDateInference();

  private static PartialDate infer(String body) {
    return INFERENCE.infer(body, TimeFixture.tag(body, null));
  }

  @Test
  void datelineGivesTheDay() {
    assertThat(infer("LAKESIDE, March 4, 2019 - The ferry service resumed after repairs."))
        .isEqualTo(PartialDate.parse("2019-03-04"));
  }

  @Test
  void datelineOnALineOfItsOwn() {
    String body = "Ferry back in service\n\nPosted June 9,2022\n\nThe ferry resumed on Thursday.";
    assertThat(infer(body)).isEqualTo(PartialDate.parse("2022-06-09"));
  }

  @Test
  void weekdayAndYearElsewherePinTheWeek() {
    String body =
        "The ministry ordered two envoys to leave on Saturday, October 23. "
            + "Relations had already soured in 2021 over a border dispute. "
            + "On Saturday the envoys were given three days to go.";
    assertThat(infer(body)).isEqualTo(PartialDate.parse("2021-10"));
  }

  @Test
  void weekdayThatAgreesWithNoNamedYearGivesNothing() {
    // 23 October was a Saturday in 2021 but not in 2020: with only 2020 named, no date follows.
    String body =
        "The ministry ordered two envoys to leave on Saturday, October 23. "
            + "Relations had soured in 2020. On Saturday the envoys left.";
    assertThat(infer(body)).isNull();
  }

  @Test
  void aYearAloneIsHistoryNotAPublicationDate() {
    assertThat(infer("The town was founded in 1854 and grew quickly after the railway came."))
        .isNull();
  }

  @Test
  void noDatesGiveNothing() {
    assertThat(infer("The committee met and agreed on a new budget.")).isNull();
    assertThat(INFERENCE.infer("", java.util.List.of())).isNull();
  }

  @Test
  void fullDateWithoutWeekdayEvidenceGivesNothing() {
    String body = "Officials met briefly. The treaty was signed on June 2, 2015 in the capital.";
    assertThat(infer(body)).isNull();
  }
}
