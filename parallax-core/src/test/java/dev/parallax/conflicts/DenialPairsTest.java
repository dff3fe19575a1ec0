package dev.parallax.conflicts;

import static dev.parallax.testing.UserRules.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.actors.KnowledgeBase;
import dev.parallax.resources.Rules;
import dev.parallax.stories.WordNormaliser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DenialPairsTest {
  private static final String CLAIM = "Mercenaries were reportedly recruited near the border";

  @Test
  void contentWordsLeaveOutTheStopwordsOfTheRules(@TempDir Path dir) throws IOException {
    KnowledgeBase kb = KnowledgeBase.builtIn();
    assertThat(new DenialPairs(kb, Rules.bundled()).words(CLAIM))
        .containsExactly("mercen", "report", "recrui", "near", "border");
    write(dir, "stories/stopwords.tsv", "word\nreportedly\n");
    Rules rules = Rules.layered(List.of(WordNormaliser.STOPWORDS), dir, List.of());
    assertThat(new DenialPairs(kb, rules).words(CLAIM))
        .containsExactly("mercen", "recrui", "near", "border");
  }
}
