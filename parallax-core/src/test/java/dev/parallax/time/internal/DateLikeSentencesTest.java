package dev.parallax.time.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateLikeSentencesTest {
  private final DateLikeSentences filter = DateLikeSentences.load();

  @Test
  void digitsCalendarWordsAndTheirHyphenatedFormsAreDateLike() {
    assertThat(filter.isDateLike("1998")).isTrue();
    assertThat(filter.isDateLike("Oct.")).isTrue();
    assertThat(filter.isDateLike("mid-November")).isTrue();
    assertThat(filter.isDateLike("year-end")).isTrue();
    assertThat(filter.isDateLike("weeks")).isTrue();
    assertThat(filter.isDateLike("Yesterday")).isTrue();
    assertThat(filter.isDateLike("Christmas")).isTrue();
  }

  @Test
  void ordinaryWordsAreNot() {
    assertThat(filter.isDateLike("council")).isFalse();
    assertThat(filter.isDateLike("voted")).isFalse();
    assertThat(filter.isDateLike("-")).isFalse();
  }
}
