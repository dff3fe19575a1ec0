package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameVariantsTest {
  private static final NameVariants V = NameVariants.builtIn();

  @Test
  void variantKeysJoinTransliterationsOfOneName() {
    assertThat(V.variant("Vjosa Osmani")).isEqualTo(V.variant("Viosa Osmani"));
    assertThat(V.variant("Krivosheev")).isEqualTo(V.variant("Krivosheyev"));
    assertThat(V.variant("Vengerskii"))
        .isEqualTo(V.variant("Vengersky"))
        .isEqualTo(V.variant("Vengerskiy"));
    assertThat(V.variant("Sergei")).isEqualTo(V.variant("Sergey"));
    assertThat(V.variant("Mariya")).isEqualTo(V.variant("Maria"));
    assertThat(V.variant("Yevgeny Khodorov")).isEqualTo(V.variant("Evgeni Hodorov"));
  }

  @Test
  void variantKeysKeepDifferentNamesApart() {
    assertThat(V.variant("Osmani")).isNotEqualTo(V.variant("Osman"));
    assertThat(V.variant("Lapo")).isNotEqualTo(V.variant("Lapa"));
    assertThat(V.variant("Ivan")).isNotEqualTo(V.variant("Ivana"));
  }

  @Test
  void skeletonsJoinLooserTransliterations() {
    assertThat(V.skeleton("Gritsenko")).isEqualTo(V.skeleton("Hrytsenka"));
    assertThat(V.skeleton("Kovalevskaya")).isEqualTo(V.skeleton("Kavaleuskaya"));
    assertThat(V.skeleton("Chobanu")).isEqualTo(V.skeleton("Ciobanu"));
    assertThat(V.skeleton("Igor")).isEqualTo(V.skeleton("Ihar"));
    assertThat(V.skeleton("Petrov")).isNotEqualTo(V.skeleton("Pavlov"));
  }

  @Test
  void feminineSurnameEndings() {
    assertThat(V.feminine("Maria Zakharova")).isTrue();
    assertThat(V.feminine("Kavaleuskaya")).isTrue();
    assertThat(V.feminine("Zakharov")).isFalse();
    assertThat(V.feminine("Vengersky")).isFalse();
  }
}
