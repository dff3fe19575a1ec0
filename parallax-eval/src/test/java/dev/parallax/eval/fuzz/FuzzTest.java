package dev.parallax.eval.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.RawDocument;
import dev.parallax.pipeline.ArticleResult;
import dev.parallax.pipeline.Models;
import dev.parallax.pipeline.Pipeline;
import dev.parallax.pipeline.Until;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bounded, seeded fuzz test of the build (issue #15): hostile inputs made from the bundled
 * examples, through the cleaner and through the whole per-article pipeline. Every input must end as
 * an article or a rejection of its own, the unmutated examples must give exactly their usual
 * records before and after, and mutated pages must still mostly be read (a pipeline that passed by
 * rejecting everything would fail here). Longer runs: {@code parallax bench fuzz --seconds N}.
 */
class FuzzTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final long SEED = 20261204L;

  @Test
  void hostileInputsThroughTheCleanerEndAsArticlesOrRejections() throws IOException {
    fuzz(Until.CLEAN, 300);
  }

  @Test
  @Tag("slow") // the NLP models
  void hostileInputsThroughEveryPerArticleStageEndAsArticlesOrRejections() throws IOException {
    fuzz(Until.EXTRACT, 40);
  }

  private static void fuzz(Until until, int inputs) throws IOException {
    List<RawDocument> seeds = FuzzSeeds.read(List.of(EXAMPLES));
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(12);
    Pipeline pipeline = Pipeline.standard(until, Models.shared(), null);
    List<ArticleResult> before = seeds.stream().map(pipeline::analyse).toList();

    int[] left = {inputs};
    FuzzRun.Outcome o = FuzzRun.run(pipeline, new FuzzInputs(seeds, SEED), () -> left[0]-- > 0, 10);

    assertThat(o.failed())
        .as(
            o.failures().stream()
                .map(f -> f.source() + ": " + f.error())
                .collect(Collectors.joining("\n")))
        .isZero();
    assertThat(o.inputs()).isEqualTo(inputs);
    assertThat(o.articles() + o.rejections()).isEqualTo(inputs);
    // Half the inputs are mutated or truncated real pages: most of those still hold a story.
    assertThat(o.articles()).as("articles among %d inputs", inputs).isGreaterThan(inputs / 5);
    assertThat(o.rejections()).isPositive();
    assertThat(seeds.stream().map(pipeline::analyse).toList()).isEqualTo(before);
  }
}
