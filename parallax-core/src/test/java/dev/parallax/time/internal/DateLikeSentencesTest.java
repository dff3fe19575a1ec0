package dev.parallax.time.internal;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateLikeSentencesTest {
  private final DateLikeSentences filter = DateLikeSentences.of(Rules.bundled());

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

  @Test
  void theBundledTableLoads() {
    assertThat(Rules.bundled().table(DateLikeSentences.TABLE).rows()).hasSize(142);
  }

  @Test
  void aUserRowAddsOrRemovesAWord(@TempDir Path dir) throws IOException {
    write(dir, "time/date-like-words.tsv", "word\nelection\n!week\n");
    DateLikeSentences mine =
        DateLikeSentences.of(Rules.layered(List.of(DateLikeSentences.TABLE), dir, List.of()));
    assertThat(mine.isDateLike("elections")).isTrue();
    assertThat(filter.isDateLike("elections")).isFalse();
    assertThat(mine.isDateLike("week")).isFalse();
    assertThat(filter.isDateLike("week")).isTrue();
  }
}
