package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeLexiconTest {
  private static final TimeLexicon LEXICON = TimeLexicon.load();

  @Test
  void calendarWords() {
    assertThat(LEXICON.weekday("Sat.")).isEqualTo(6);
    assertThat(LEXICON.anaphor("Following")).isEqualTo(1);
    assertThat(LEXICON.anaphor("that")).isZero();
    assertThat(LEXICON.anaphor("next")).isEqualTo(1);
    assertThat(LEXICON.anaphor("week")).isNull();
    assertThat(LEXICON.weekday("sunday")).isEqualTo(7);
    assertThat(LEXICON.month("Sept")).isEqualTo(9);
    assertThat(LEXICON.month("DECEMBER")).isEqualTo(12);
    assertThat(LEXICON.month("Monday")).isZero();
    assertThat(LEXICON.unit("weeks")).isEqualTo("W");
    assertThat(LEXICON.ordinal("3rd")).isEqualTo(3);
    assertThat(LEXICON.isShift("ago")).isTrue();
    assertThat(LEXICON.isShift("early")).isFalse();
    assertThat(LEXICON.isFuture("will")).isTrue();
    assertThat(LEXICON.isPerfect("has")).isTrue();
  }

  @Test
  void notTime() {
    assertThat(LEXICON.isNotTime("once")).isTrue();
    assertThat(LEXICON.isNotTime("a 9-year-old")).isTrue();
    assertThat(LEXICON.isNotTime("40 years old")).isTrue();
    assertThat(LEXICON.isNotTime("the SEC")).isTrue();
    assertThat(LEXICON.isNotTime("a second")).isFalse();
    assertThat(LEXICON.isNotTime("40 years")).isFalse();
  }
}
