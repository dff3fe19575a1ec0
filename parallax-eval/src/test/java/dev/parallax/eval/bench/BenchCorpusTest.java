package dev.parallax.eval.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCorpusTest {
  @Test
  void generatedTextIsDeterministicFilledAndLongEnough() {
    List<Article> first = BenchCorpus.generate(2_000);

    assertThat(first).isEqualTo(BenchCorpus.generate(2_000));
    long words = first.stream().mapToLong(a -> BenchCorpus.words(a.body())).sum();
    assertThat(words).isGreaterThanOrEqualTo(2_000);
    for (Article a : first) {
      assertThat(a.body()).doesNotContain("{").contains("\n\n");
      assertThat(a.body().split("\n\n")).hasSize(6);
    }
  }

  @Test
  void readsArticlesFromInputsUntilEnoughWords(@TempDir Path dir) throws Exception {
    for (int i = 0; i < 5; i++) {
      Files.writeString(
          dir.resolve("a" + i + ".txt"),
          "A short report number " + i + " about a ferry.\n\nIt left the harbour at noon.");
    }

    List<Article> some = BenchCorpus.read(List.of(dir), 20);
    List<Article> all = BenchCorpus.read(List.of(dir), 1_000);

    assertThat(some).hasSizeBetween(1, 4);
    assertThat(all).hasSize(5);
  }
}
