package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.PartialDate;
import dev.parallax.resources.Rules;
import org.junit.jupiter.api.Test;

class TextDatesTest {
  private static final TextDates DATES = new TextDates(PageDates.of(Rules.bundled()));

  private static final PartialDate DAY = PartialDate.parse("2021-10-23");

  @Test
  void readsTheUsualDatelineForms() {
    assertThat(DATES.first("Published October 23,2021")).isEqualTo(DAY);
    assertThat(DATES.first("Oct. 23, 2021")).isEqualTo(DAY);
    assertThat(DATES.first("October 23rd, 2021 at 9:00")).isEqualTo(DAY);
    assertThat(DATES.first("23 Oct 2021 14:05")).isEqualTo(DAY);
    assertThat(DATES.first("Saturday, 23rd of October 2021")).isEqualTo(DAY);
    assertThat(DATES.first("2021-10-23T14:05:00Z")).isEqualTo(DAY);
    assertThat(DATES.first("Posted 2021/10/23")).isEqualTo(DAY);
    assertThat(DATES.first("10.23.2021")).isEqualTo(DAY);
    assertThat(DATES.first("23/10/2021")).isEqualTo(DAY);
  }

  @Test
  void readsAMonthNameGluedToAByline() {
    assertThat(DATES.first("Jane DoeOctober 23, 2021")).isEqualTo(DAY);
  }

  @Test
  void takesTheEarliestPlacedDate() {
    assertThat(DATES.first("23 Oct 2021, updated 2022-01-05")).isEqualTo(DAY);
  }

  @Test
  void rejectsWhatIsNotACalendarDate() {
    assertThat(DATES.first("April 31, 2021")).isNull();
    assertThat(DATES.first("Room 12/40/2021")).isNull();
    assertThat(DATES.first("version 1.2.3")).isNull();
    assertThat(DATES.first("Mayor Smith said 5 things")).isNull();
    assertThat(DATES.first("")).isNull();
  }

  @Test
  void gluedDateMustTouchTheParagraph() {
    assertThat(DATES.glued("Updated: October 23, 2021If you are planning a trip", 40))
        .isEqualTo(DAY);
    assertThat(DATES.glued("On October 23, 2021, the council voted to close the road", 40))
        .isNull();
  }

  @Test
  void readsDatesInUrlPaths() {
    assertThat(DATES.inUrl("https://example.org/news/2021/10/23/some-story/")).isEqualTo(DAY);
    assertThat(DATES.inUrl("https://example.org/2021-10-23-some-story")).isEqualTo(DAY);
    assertThat(DATES.inUrl("https://example.org/story/12345")).isNull();
    assertThat(DATES.inUrl(null)).isNull();
  }
}
