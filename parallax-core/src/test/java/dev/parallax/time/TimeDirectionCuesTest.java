package dev.parallax.time;

import static dev.parallax.time.TimeFixture.find;
import static dev.parallax.time.TimeFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue #21: the direction of a bare weekday or month from the words around it, not only the verb's
 * tense. Hand-written sentences, anchored to a report published on Saturday 23 October 2021.
 */
@Tag("slow") // SUTime
class TimeDirectionCuesTest {
  private static final String SATURDAY = "2021-10-23";

  private static String valueOf(String text, String phrase) {
    return find(tag(text, SATURDAY), phrase).value();
  }

  @Test
  void untilADayPointsForwardEvenAfterAPastVerb() {
    assertThat(valueOf("The court postponed until Tuesday its ruling on the dam.", "Tuesday"))
        .isEqualTo("2021-10-26");
  }

  @Test
  void anInfinitiveAfterASchedulingWordPointsForward() {
    assertThat(
            valueOf("The report, due to be published in February, names no culprit.", "February"))
        .isEqualTo("2022-02");
    assertThat(valueOf("Talks on the canal are set to resume Monday in Lisbon.", "Monday"))
        .isEqualTo("2021-10-25");
  }

  @Test
  void aPlanTheStoryHasOvertakenStaysPast() {
    assertThat(valueOf("The permit had been due to lapse Thursday, but was extended.", "Thursday"))
        .isEqualTo("2021-10-21");
  }

  @Test
  void anInfinitiveAfterAnOrdinaryVerbKeepsThePast() {
    assertThat(valueOf("The minister declined to comment on Thursday.", "Thursday"))
        .isEqualTo("2021-10-21");
  }

  @Test
  void aVaguePeriodIsADurationNotADate() {
    TimeExpression e = find(tag("Prices have doubled over the past decade.", SATURDAY), "decade");
    assertThat(e.type()).isEqualTo(TimexType.DURATION);
    assertThat(e.value()).isEqualTo("P10Y");
  }
}
