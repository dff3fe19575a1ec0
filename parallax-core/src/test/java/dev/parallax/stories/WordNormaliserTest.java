package dev.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordNormaliserTest {
  @Test
  void inflectionsShareAStem() {
    assertThat(stems("expels", "expelled", "expelling", "expel")).containsOnly("expel");
    assertThat(stems("declare", "declared", "declares", "declaring")).containsOnly("declar");
    assertThat(stems("diplomats", "diplomat")).containsOnly("diplomat");
    assertThat(stems("embassies", "embassy")).containsOnly("embassy");
  }

  @Test
  void shortWordsAndLatinEndingsStay() {
    assertThat(WordNormaliser.stem("gas")).isEqualTo("gas");
    assertThat(WordNormaliser.stem("status")).isEqualTo("status");
    assertThat(WordNormaliser.stem("crisis")).isEqualTo("crisis");
  }

  @Test
  void foldingDropsCaseAndDiacritics() {
    assertThat(WordNormaliser.fold("Chișinău")).isEqualTo("chisinau");
    assertThat(WordNormaliser.fold("Kosovo’s")).isEqualTo("kosovo's");
    assertThat(WordNormaliser.stem(WordNormaliser.fold("Kosovo’s"))).isEqualTo("kosovo");
  }

  @Test
  void stopwordsComeFromTheResource() {
    assertThat(WordNormaliser.isStopword("the")).isTrue();
    assertThat(WordNormaliser.isStopword("said")).isTrue();
    assertThat(WordNormaliser.isStopword("expulsion")).isFalse();
  }

  private static java.util.List<String> stems(String... words) {
    return java.util.Arrays.stream(words).map(WordNormaliser::stem).toList();
  }
}
