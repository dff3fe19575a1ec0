package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DirectionTest {
  private static final LocalDate SAT = LocalDate.of(2021, 10, 23);

  @Test
  void weekdays() {
    assertThat(Direction.weekday(SAT, 6, Tense.PAST)).isEqualTo(SAT);
    assertThat(Direction.weekday(SAT, 5, Tense.PAST)).isEqualTo("2021-10-22");
    assertThat(Direction.weekday(SAT, 5, Tense.UNKNOWN)).isEqualTo("2021-10-22");
    assertThat(Direction.weekday(SAT, 1, Tense.FUTURE)).isEqualTo("2021-10-25");
    assertThat(Direction.weekday(SAT, 1, Tense.PRESENT)).isEqualTo("2021-10-25");
    assertThat(Direction.weekday(SAT, 3, Tense.PRESENT)).isEqualTo("2021-10-20");
  }

  @Test
  void months() {
    assertThat(Direction.month(SAT, 1, Tense.PAST)).isEqualTo(YearMonth.of(2021, 1));
    assertThat(Direction.month(SAT, 1, Tense.FUTURE)).isEqualTo(YearMonth.of(2022, 1));
    assertThat(Direction.month(SAT, 10, Tense.PAST)).isEqualTo(YearMonth.of(2021, 10));
    assertThat(Direction.month(SAT, 11, Tense.PAST)).isEqualTo(YearMonth.of(2020, 11));
    assertThat(Direction.month(SAT, 12, Tense.UNKNOWN)).isEqualTo(YearMonth.of(2021, 12));
  }

  @Test
  void monthDays() {
    assertThat(Direction.monthDay(SAT, 10, 22, 0, Tense.PAST)).isEqualTo("2021-10-22");
    assertThat(Direction.monthDay(SAT, 3, 1, 0, Tense.FUTURE)).isEqualTo("2022-03-01");
    assertThat(Direction.monthDay(SAT, 3, 1, 0, Tense.PAST)).isEqualTo("2021-03-01");
    // A weekday that agrees with only one year decides against the tense.
    assertThat(Direction.monthDay(SAT, 10, 26, 2, Tense.PAST)).isEqualTo("2021-10-26");
    // 29 February: only 2020 of the years around the anchor has one.
    assertThat(Direction.monthDay(SAT, 2, 29, 0, Tense.UNKNOWN)).isEqualTo("2020-02-29");
  }
}
