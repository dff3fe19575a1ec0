package dev.parallax.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.coverage.LabelWords.Kind;
import dev.parallax.testing.UserRules;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelWordsTest {
  @TempDir Path dir;

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

  @Test
  void aUsersRowGivesAWordItsKind() throws IOException {
    LabelWords user =
        LabelWords.of(
            UserRules.layered(
                dir,
                "coverage/label-words.tsv",
                "word\tkind\ncabal\tgroup-head\nformer\tplace-head\n"));
    assertThat(user.kind("Cabal")).isEqualTo(Kind.GROUP_HEAD);
    assertThat(user.kind("former")).isEqualTo(Kind.PLACE_HEAD);
    assertThat(words.kind("cabal")).isNull();
  }
}
