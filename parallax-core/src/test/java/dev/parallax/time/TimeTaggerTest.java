package dev.parallax.time;

import static dev.parallax.time.TimeFixture.find;
import static dev.parallax.time.TimeFixture.tag;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.annotate.TimexType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Hand-written sentences, anchored to a report published on Saturday 23 October 2021. */
@Tag("slow") // SUTime
class TimeTaggerTest {
  private static final String SATURDAY = "2021-10-23";

  private static String valueOf(String text, String phrase) {
    return find(tag(text, SATURDAY), phrase).value();
  }

  @Test
  void weekdayNamedOnThePublicationDayIsThatDay() {
    assertThat(valueOf("The council voted on Saturday to close the bridge.", "Saturday"))
        .isEqualTo("2021-10-23");
  }

  @Test
  void pastWeekdayIsTheDayBefore() {
    assertThat(valueOf("The mayor resigned on Friday after a long dispute.", "Friday"))
        .isEqualTo("2021-10-22");
  }

  @Test
  void futureWeekdayLooksForward() {
    assertThat(valueOf("The mayor will meet the unions on Tuesday.", "Tuesday"))
        .isEqualTo("2021-10-26");
  }

  @Test
  void pastTenseMonthIsThisYearsNotNextYears() {
    assertThat(valueOf("The envoy was recalled from the capital in January.", "January"))
        .isEqualTo("2021-01");
  }

  @Test
  void futureTenseMonthIsNextYears() {
    assertThat(valueOf("The new line will open in March.", "March")).isEqualTo("2022-03");
  }

  @Test
  void lastMonthNameIsTheLatestBeforeThisMonth() {
    assertThat(valueOf("The union signed the deal last March.", "last March")).isEqualTo("2021-03");
    assertThat(valueOf("The union signed the deal in July last year.", "July last year"))
        .isEqualTo("2020-07");
  }

  @Test
  void payableDateLooksForward() {
    assertThat(valueOf("The board declared a dividend payable Jan. 5 to holders.", "Jan. 5"))
        .isEqualTo("2022-01-05");
  }

  @Test
  void monthAndDayWithoutYear() {
    assertThat(valueOf("Talks broke down on October 22, officials said.", "October 22"))
        .isEqualTo("2021-10-22");
  }

  @Test
  void clockTimeWithAZoneTakesTheDayBesideTheMonthAndDropsTheOffset() {
    assertThat(valueOf("Bids are due by 5 p.m. EST Nov. 9, the agency said.", "5 p.m."))
        .isEqualTo("2021-11-09T17:00");
  }

  @Test
  void aWeekdayIsStillReadAmongSentencesWithoutDates() {
    String text = "The council met the unions. They talked for hours. Nobody agreed on Friday.";
    List<TimeExpression> times = tag(text, SATURDAY);
    assertThat(times).extracting(TimeExpression::text).contains("Friday");
    assertThat(find(times, "Friday").value()).isEqualTo("2021-10-22");
  }

  @Test
  void lastWeek() {
    assertThat(valueOf("Farmers blocked the road last week.", "last week")).isEqualTo("2021-W41");
  }

  @Test
  void yearsAsDuration() {
    TimeExpression e =
        find(tag("He spent 14 years in exile before returning.", SATURDAY), "14 years");
    assertThat(e.type()).isEqualTo(TimexType.DURATION);
    assertThat(e.value()).isEqualTo("P14Y");
  }

  @Test
  void yearsAgoKeepsYearGranularity() {
    assertThat(valueOf("The plant closed two years ago.", "two years ago")).isEqualTo("2019");
  }

  @Test
  void decadeAgoNamesADecade() {
    assertThat(valueOf("The mill shut a decade ago.", "a decade ago")).isEqualTo("201");
  }

  @Test
  void datelineWithoutSpaceAfterComma() {
    String text = "RIVERTON, October 23,2021 - The bridge reopened to traffic.";
    TimeExpression e = find(tag(text, null), "October 23,2021");
    assertThat(e.text()).isEqualTo("October 23,2021");
    assertThat(e.value()).isEqualTo("2021-10-23");
  }

  @Test
  void agesAreNotTimes() {
    List<TimeExpression> times = tag("A 12-year-old boy was rescued on Friday.", SATURDAY);
    assertThat(times).extracting(TimeExpression::text).containsExactly("Friday");
  }

  @Test
  void relativeDatesStayUnresolvedWithoutPublicationDate() {
    TimeExpression e = find(tag("The mayor resigned on Friday.", null), "Friday");
    assertThat(e.value()).doesNotStartWith("20");
  }

  @Test
  void offsetsPointIntoTheBody() {
    String text = "Prices rose in January and fell on Friday.";
    for (TimeExpression e : tag(text, SATURDAY)) {
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
    }
  }

  @Test
  void emptyInputGivesNothing() {
    assertThat(TimeFixture.tagger().tag("", List.of(), null)).isEmpty();
  }

  @Test
  void aHolidayInThePastTenseIsLastYearsWhenThisYearsIsStillAhead() {
    assertThat(valueOf("The ferry sank on Thanksgiving with forty aboard.", "Thanksgiving"))
        .isEqualTo("2020-11-26");
  }

  @Test
  void yearEndAndMidMonthAreDatesInTheFullPipeline() {
    List<TimeExpression> times =
        tag("The bank hopes to finish the merger by year-end or in mid-December.", SATURDAY);
    assertThat(find(times, "year-end").value()).isEqualTo("2021-12-31");
    assertThat(find(times, "mid-December").value()).isEqualTo("2021-12");
  }

  @Test
  void aModalWithThePerfectLooksBack() {
    assertThat(valueOf("The leak may have caused the outage on Wednesday.", "Wednesday"))
        .isEqualTo("2021-10-20");
    assertThat(valueOf("The leak may cause an outage on Wednesday.", "Wednesday"))
        .isEqualTo("2021-10-27");
  }
}
