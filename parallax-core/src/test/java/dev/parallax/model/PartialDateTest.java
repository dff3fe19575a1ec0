package dev.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartialDateTest {
  @Test
  void parsesAndPrintsEachPrecision() {
    assertThat(PartialDate.parse("2021").precision()).isEqualTo(PartialDate.Precision.YEAR);
    assertThat(PartialDate.parse("2021-10").toString()).isEqualTo("2021-10");
    assertThat(PartialDate.parse("2021-10-23").toLocalDate())
        .hasValueSatisfying(
            d -> assertThat(d.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SATURDAY));
  }

  @Test
  void rejectsWhatIsNotACalendarDate() {
    assertThatThrownBy(() -> PartialDate.parse("2021-02-30"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialDate.parse("October 23"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersLessPreciseFirst() {
    assertThat(PartialDate.parse("2021")).isLessThan(PartialDate.parse("2021-01"));
    assertThat(PartialDate.parse("2021-10-22")).isLessThan(PartialDate.parse("2021-10-23"));
  }

  @Test
  void printsEveryYearMonthAndDayZeroPaddedAndReadsItBack() {
    for (int year = 1; year <= 9999; year++) {
      PartialDate y = PartialDate.ofYear(year);
      assertThat(y.toString()).isEqualTo(String.format("%04d", year));
      assertThat(PartialDate.parse(y.toString())).isEqualTo(y);
    }
    for (int year : new int[] {1, 999, 2024, 9999}) {
      for (int month = 1; month <= 12; month++) {
        assertThat(new PartialDate(year, month, 0).toString())
            .isEqualTo(String.format("%04d-%02d", year, month));
        int days = java.time.YearMonth.of(year, month).lengthOfMonth();
        for (int day = 1; day <= days; day++) {
          PartialDate d = new PartialDate(year, month, day);
          assertThat(d.toString()).isEqualTo(String.format("%04d-%02d-%02d", year, month, day));
          assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
        }
      }
    }
  }

  @Test
  void theMonthOfADateIsTheDateKnownToTheMonth() {
    assertThat(PartialDate.parse("2021-10-22").toMonth()).hasToString("2021-10");
    assertThat(PartialDate.parse("0987-03").toMonth()).hasToString("0987-03");
    assertThat(PartialDate.parse("2021").toMonth()).isNull();
  }
}
