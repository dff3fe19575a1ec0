package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WordBagTest {
  @Test
  void countsOverlapWithMultiplicityAndIgnoresCaseAndPunctuation() {
    Prf s = WordBag.score("The cat, the CAT! sat.", "the cat sat on the mat");
    // predicted: the x2, cat x2, sat (5); reference: the x2, cat, sat, on, mat (6); overlap 4
    assertThat(s.precision()).isCloseTo(4 / 5.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(4 / 6.0, within(1e-9));
  }

  @Test
  void wordsAreUnicodeLettersAndDigits() {
    assertThat(WordBag.of("Приштина 2021 naïve_x")).containsOnlyKeys("приштина", "2021", "naïve_x");
  }

  @Test
  void emptyAgainstEmptyIsPerfectAndEmptyAgainstTextIsZero() {
    assertThat(WordBag.score("", "").f1()).isEqualTo(1.0);
    assertThat(WordBag.score("", "words here").f1()).isEqualTo(0.0);
  }
}
