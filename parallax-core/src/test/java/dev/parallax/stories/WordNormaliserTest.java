package dev.parallax.stories;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(WordNormaliser.of(Rules.bundled()).isStopword("the")).isTrue();
    assertThat(WordNormaliser.of(Rules.bundled()).isStopword("said")).isTrue();
    assertThat(WordNormaliser.of(Rules.bundled()).isStopword("expulsion")).isFalse();
  }

  private static java.util.List<String> stems(String... words) {
    return java.util.Arrays.stream(words).map(WordNormaliser::stem).toList();
  }

  @Test
  void theBundledTablesLoad() {
    assertThat(Rules.bundled().table(WordNormaliser.STOPWORDS).rows()).hasSize(186);
    assertThat(Rules.bundled().table(WordNormaliser.NOT_NAMES).rows()).hasSize(192);
  }

  @Test
  void aUserRowAddsOrRemovesAWord(@TempDir Path dir) throws IOException {
    write(dir, "stories/stopwords.tsv", "word\nreportedly\n");
    write(dir, "stories/not-names.tsv", "word\n!ambassador\n");
    WordNormaliser bundled = WordNormaliser.of(Rules.bundled());
    WordNormaliser mine =
        WordNormaliser.of(
            Rules.layered(
                List.of(WordNormaliser.STOPWORDS, WordNormaliser.NOT_NAMES), dir, List.of()));
    assertThat(mine.isStopword("reportedly")).isTrue();
    assertThat(bundled.isStopword("reportedly")).isFalse();
    assertThat(mine.isNotName("ambassador")).isFalse();
    assertThat(bundled.isNotName("ambassador")).isTrue();
  }
}
