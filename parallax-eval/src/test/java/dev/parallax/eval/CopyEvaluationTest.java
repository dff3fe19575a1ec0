package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.model.Article;
import dev.parallax.stories.CopyDetector;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyEvaluationTest {
  private static Article article(String id, String... paragraphs) {
    return new Article(
        id, id + ".txt", null, null, null, null, "en", String.join("\n\n", paragraphs), List.of());
  }

  private static final Article HARBOUR =
      article(
          "h1",
          "The harbour authority of Port Lenna closed the eastern quay on Monday after divers found"
              + " cracks in the concrete pillars that carry the loading cranes.",
          "Ships due this week will be sent to the western basin, where two berths were cleared over"
              + " the weekend, the authority said in a statement.",
          "Engineers expect the repairs to take at least six weeks and to cost more than the annual"
              + " maintenance budget of the port.",
          "Dock workers said the cracks had been reported to the management twice last year.");

  private static final Article MARKET =
      article(
          "m1",
          "Stallholders at the covered market of Port Lenna will pay lower rents from next month,"
              + " the town council decided on Tuesday after a long debate.",
          "The council said the cut would keep small traders in the old town, where several shops"
              + " have closed since the bypass opened two years ago.",
          "Opposition members called the decision a gift before the election and asked who would pay"
              + " for the repairs the market hall needs.");

  @Test
  void editedCopiesAreFoundAndTwoDifferentArticlesAreNot() {
    CopyEvaluation.Result r =
        new CopyEvaluation(CopyDetector.MIN_SHINGLES)
            .run(List.of(HARBOUR, MARKET), CopyDetector.THRESHOLD);

    assertThat(r.pairs()).filteredOn(CopyEvaluation.Pair::copy).hasSize(2 * 7);
    assertThat(r.pairs()).filteredOn(p -> !p.copy()).hasSize(1);
    assertThat(r.at(CopyDetector.THRESHOLD).precision()).isEqualTo(1.0);
    assertThat(r.at(CopyDetector.THRESHOLD).recall()).isEqualTo(1.0);
    assertThat(r.lowest("dateline")).isEqualTo(1.0);
    assertThat(r.lowest("all_edits")).isGreaterThan(CopyDetector.THRESHOLD).isLessThan(1.0);
    assertThat(r.highestOther()).isLessThan(0.1);
    assertThat(r.foundAmongArticles()).isEmpty();
  }

  @Test
  void theEditsChangeTheTextAsTheyClaim() {
    String body = "One two.\n\nThree four.\n\nFive six.";
    assertThat(CopyEvaluation.lastParagraphCut(body)).isEqualTo("One two.\n\nThree four.");
    assertThat(CopyEvaluation.firstHalf(body)).isEqualTo("One two.\n\nThree four.");
    assertThat(CopyEvaluation.dateline(body)).endsWith(body).isNotEqualTo(body);
  }
}
