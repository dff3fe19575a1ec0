package dev.parallax.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.resources.Rules;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ArticleBodyTest {
  private static final String DECLARED =
      "The museum reopens on Friday after two years of work on its roof. Visitors can see the"
          + " restored mosaics in the east wing, see the schedule for guided tours, and share their"
          + " photographs in a new gallery. Entry stays free for children under twelve, and the"
          + " cafe on the ground floor will open a month later than the galleries.";

  private static Block block(String html) {
    List<Block> blocks =
        BlockSplitter.split(Jsoup.parse(html).body(), BoilerplateLexicon.of(Rules.bundled()));
    return blocks.get(0);
  }

  @Test
  void vouchesForBlocksWhoseWordsItHoldsInOrder() {
    ArticleBody body = ArticleBody.of(DECLARED);
    assertThat(body.holds(block("<p><a href=\"/m\">Visitors can see the restored mosaics</a></p>")))
        .isTrue();
    assertThat(body.holds(block("<p>See the restored mosaics visitors can</p>"))).isFalse();
    assertThat(body.holds(block("<p>Share this</p>"))).isFalse();
  }

  @Test
  void absentOrShortBodiesVouchForNothing() {
    Block b = block("<p>Visitors can see the restored mosaics</p>");
    assertThat(ArticleBody.of(null).holds(b)).isFalse();
    assertThat(ArticleBody.of("Visitors can see the restored mosaics").holds(b)).isFalse();
  }
}
