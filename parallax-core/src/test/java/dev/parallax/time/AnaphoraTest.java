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
class AnaphoraTest {
  private static final TimeLexicon LEXICON = TimeLexicon.of(Rules.bundled());

  @Test
  void thatYearGrowsOverItsWordsAndTakesTheLastDateNamed() {
    String body = "The mill opened on May 4, 2011. Later that year it closed.";
    List<TimeExpression> in =
        List.of(
            at(body, "May 4, 2011", TimexType.DATE, "2011-05-04"),
            at(body, "year", TimexType.DURATION, "P1Y"));
    TimeExpression out = Anaphora.apply(body, in, LEXICON).get(1);
    assertThat(out.text()).isEqualTo("Later that year");
    assertThat(out.type()).isEqualTo(TimexType.DATE);
    assertThat(out.value()).isEqualTo("2011");
  }

  @Test
  void theFollowingDayAndTheDayBeforeShiftFromTheStoryDate() {
    String body =
        "Rioting began on May 4, 2011. The following day troops came; the day before was calm.";
    List<TimeExpression> in =
        List.of(
            at(body, "May 4, 2011", TimexType.DATE, "2011-05-04"),
            at(body, "The following day", TimexType.DATE, "2030-01-02"),
            at(body, "the day before", TimexType.DATE, "2030-01-01"));
    assertThat(Anaphora.apply(body, in, LEXICON))
        .extracting(TimeExpression::value)
        .containsExactly("2011-05-04", "2011-05-05", "2011-05-04");
  }

  @Test
  void theSameDayAfterAMonthOnlyKeepsTheDayOpen() {
    String body = "In June 2011 the mill shut, and the same day the mayor resigned.";
    List<TimeExpression> in =
        List.of(
            at(body, "June 2011", TimexType.DATE, "2011-06"),
            at(body, "day", TimexType.DURATION, "P1D"));
    TimeExpression out = Anaphora.apply(body, in, LEXICON).get(1);
    assertThat(out.text()).isEqualTo("the same day");
    assertThat(out.value()).isEqualTo("2011-06-XX");
  }

  @Test
  void nextYearAloneAndDurationsAreLeftToThePublicationDate() {
    String body = "The mill opened in 2011. It will expand next year over the next year.";
    TimeExpression next = at(body, "next year", TimexType.DATE, "2031");
    TimeExpression span = at(body, "the next year", TimexType.DURATION, "P1Y");
    List<TimeExpression> in = List.of(at(body, "2011", TimexType.DATE, "2011"), next, span);
    assertThat(Anaphora.apply(body, in, LEXICON)).containsExactlyElementsOf(in);
  }

  @Test
  void withoutAnEarlierDateNothingChanges() {
    String body = "That year the mill closed.";
    List<TimeExpression> in = List.of(at(body, "That year", TimexType.DATE, "2030"));
    assertThat(Anaphora.apply(body, in, LEXICON)).isEqualTo(in);
  }
}
