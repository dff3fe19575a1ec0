package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidaysTest {
  private static final LocalDate ANCHOR = LocalDate.of(2031, 2, 10);

  @Test
  void aPastTenseMovesAFloatingHolidayToTheSameWeekdayAYearBefore() {
    // Fourth Thursday of November 2031, as a forward resolver returns it.
    LocalDate found = LocalDate.of(2031, 11, 27);
    assertThat(Holidays.redirect(found, "NTH", Tense.PAST, ANCHOR))
        .isEqualTo(LocalDate.of(2030, 11, 28));
  }

  @Test
  void aPastTenseMovesAFixedHolidayToTheSameDay() {
    LocalDate found = LocalDate.of(2031, 12, 25);
    assertThat(Holidays.redirect(found, "FIXED", Tense.PAST, ANCHOR))
        .isEqualTo(LocalDate.of(2030, 12, 25));
  }

  @Test
  void aLastWeekdayHolidayStaysInTheLastWeek() {
    LocalDate found = LocalDate.of(2030, 5, 27); // last Monday of May 2030
    assertThat(Holidays.redirect(found, "LAST", Tense.FUTURE, ANCHOR))
        .isEqualTo(LocalDate.of(2031, 5, 26));
  }

  @Test
  void aDateAlreadyOnTheTenseSideIsKept() {
    LocalDate found = LocalDate.of(2031, 11, 27);
    assertThat(Holidays.redirect(found, "NTH", Tense.FUTURE, ANCHOR)).isEqualTo(found);
    assertThat(Holidays.redirect(found, "NTH", Tense.UNKNOWN, ANCHOR)).isEqualTo(found);
  }

  @Test
  void theLexiconNamesTheRuleOfAHolidayAndNoneForOtherWords() {
    TimeLexicon lexicon = TimeLexicon.of(Rules.bundled());
    assertThat(lexicon.holidayRule("Thanksgiving Day")).isEqualTo("NTH");
    assertThat(lexicon.holidayRule("Christmas")).isEqualTo("FIXED");
    assertThat(lexicon.holidayRule("Monday")).isNull();
  }
}
