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
}
