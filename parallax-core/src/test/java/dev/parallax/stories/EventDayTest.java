package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.model.PartialDate;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class EventDayTest {
  private static EventDay dated(String iso) {
    return new EventDay(PartialDate.parse(iso), null);
  }

  private static EventDay yearless(int month, int day) {
    return new EventDay(null, MonthDay.of(month, day));
  }

  @Test
  void daysAtMostOneApartAreCompatible() {
    assertThat(dated("2021-10-22").compatible(dated("2021-10-23"))).isTrue();
    assertThat(dated("2021-12-31").compatible(dated("2022-01-01"))).isTrue();
    assertThat(dated("2021-10-22").compatible(dated("2021-10-24"))).isFalse();
    assertThat(dated("2019-10-22").compatible(dated("2021-10-22"))).isFalse();
  }

  @Test
  void coarserDatesHoldTheirDays() {
    assertThat(dated("2021-10").compatible(dated("2021-10-22"))).isTrue();
    assertThat(dated("2021").compatible(dated("2021-10-22"))).isTrue();
    assertThat(dated("2021-09").compatible(dated("2021-10-22"))).isFalse();
  }

  @Test
  void aYearlessDayMatchesTheSameDayInAnyYearAndNothingElse() {
    assertThat(yearless(10, 22).compatible(dated("2021-10-22"))).isTrue();
    assertThat(yearless(10, 22).compatible(dated("2019-10-23"))).isTrue();
    assertThat(yearless(10, 22).compatible(dated("2021-10-25"))).isFalse();
    assertThat(yearless(10, 22).compatible(dated("2021-10"))).isTrue();
    assertThat(yearless(10, 22).compatible(dated("2021-11"))).isFalse();
    assertThat(yearless(12, 31).compatible(yearless(1, 1))).isTrue();
    assertThat(yearless(10, 22).compatible(EventDay.UNKNOWN)).isTrue();
  }

  @Test
  void aYearlessDayIsPlacedInTheNearestYear() {
    LocalDate near = LocalDate.of(2022, 1, 3);
    assertThat(yearless(12, 30).day(near)).contains(LocalDate.of(2021, 12, 30));
    assertThat(yearless(1, 2).day(near)).contains(LocalDate.of(2022, 1, 2));
    assertThat(yearless(1, 2).day(null)).isEmpty();
  }

  @Test
  void aDatedEventHasNoYearlessDay() {
    assertThatThrownBy(() -> new EventDay(PartialDate.parse("2021-10-22"), MonthDay.of(10, 22)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
