package dev.parallax.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SurfaceFormTest {
  @Test
  void foldsCaseDiacriticsPunctuationAndArticle() {
    assertThat(SurfaceForm.key("the Kremlin")).isEqualTo("kremlin");
    assertThat(SurfaceForm.key("The  KREMLIN")).isEqualTo("kremlin");
    assertThat(SurfaceForm.key("Vučić")).isEqualTo(SurfaceForm.key("Vucic"));
    assertThat(SurfaceForm.key("Đurić")).isEqualTo("duric");
    assertThat(SurfaceForm.key("Prishtinë")).isEqualTo("prishtine");
    assertThat(SurfaceForm.key("U.S.")).isEqualTo("us");
    assertThat(SurfaceForm.key("Russia's")).isEqualTo("russia");
    assertThat(SurfaceForm.key("Haradinaj-Stublla")).isEqualTo("haradinaj stublla");
    assertThat(SurfaceForm.key("Quai d’Orsay")).isEqualTo(SurfaceForm.key("Quai d'Orsay"));
    assertThat(SurfaceForm.key(null)).isEmpty();
    assertThat(SurfaceForm.key(" -- ")).isEmpty();
  }

  @Test
  void shortCapitalAcronymsAreMarked() {
    assertThat(SurfaceForm.isShortAcronym("WHO")).isTrue();
    assertThat(SurfaceForm.isShortAcronym("U.N.")).isTrue();
    assertThat(SurfaceForm.isShortAcronym("Nato")).isFalse();
    assertThat(SurfaceForm.isShortAcronym("UNMIK")).isFalse();
    assertThat(SurfaceForm.isCapitalized("US")).isTrue();
    assertThat(SurfaceForm.isCapitalized("us")).isFalse();
  }
}
