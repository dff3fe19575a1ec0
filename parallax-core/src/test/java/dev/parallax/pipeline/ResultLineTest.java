package dev.parallax.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.actors.ArticleActors;
import dev.parallax.model.Article;
import dev.parallax.model.DateSource;
import dev.parallax.model.Diagnostic;
import dev.parallax.model.PartialDate;
import dev.parallax.model.Rejection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One input's result as one JSON line and back, as the Spark job writes and import reads it. */
class ResultLineTest {
  @Test
  void anArticleAndARejectionComeBackAsTheyWere() {
    Article article =
        new Article(
            "a1",
            "in/a.txt",
            "Harbour Post",
            "Bridge reopens",
            PartialDate.parse("2025-03-04"),
            DateSource.METADATA,
            "en",
            "The bridge reopened on Monday.",
            List.of());
    ArticleResult accepted =
        new ArticleResult(
            article,
            new ArticleActors("a1", List.of()),
            List.of(),
            List.of(),
            List.of(),
            List.of(new Diagnostic("clean", "no title found")),
            null);
    ArticleResult rejected =
        ArticleResult.of(Rejection.of("in/b.bin", "unsupported file type", "ingest"), List.of());

    ResultLine first = ResultLine.decode(ResultLine.encode(0, accepted));
    ResultLine second = ResultLine.decode(ResultLine.encode(7, rejected));

    assertThat(first.index()).isZero();
    assertThat(first.result()).isEqualTo(accepted);
    assertThat(second.index()).isEqualTo(7);
    assertThat(second.result()).isEqualTo(rejected);
  }

  @Test
  void aLineThatIsNeitherIsRefused() {
    assertThatThrownBy(() -> ResultLine.decode("{\"index\":3}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("neither an article nor a rejection");
  }
}
