package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.coverage.LabelWords.Kind;
import org.junit.jupiter.api.Test;

class LabelWordsTest {
  private final LabelWords words = LabelWords.builtIn();

  @Test
  void knowsEachKindInAnyCase() {
    assertThat(words.size()).isGreaterThan(100);
    assertThat(words.kind("The")).isEqualTo(Kind.DETERMINER);
    assertThat(words.kind("province")).isEqualTo(Kind.PLACE_HEAD);
    assertThat(words.kind("Authorities")).isEqualTo(Kind.GROUP_HEAD);
    assertThat(words.kind("breakaway")).isEqualTo(Kind.MODIFIER);
    assertThat(words.isHead("regime")).isTrue();
    assertThat(words.isHead("former")).isFalse();
    assertThat(words.kind("table")).isNull();
  }
}
