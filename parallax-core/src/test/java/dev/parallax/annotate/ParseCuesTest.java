package dev.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParseCuesTest {
  /** A sentence of "text/lemma" tokens. */
  private static Sentence sentence(String... tokens) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String spec : tokens) {
      String[] parts = spec.split("/");
      String lemma = parts.length > 1 ? parts[1] : null;
      out.add(
          new Token(out.size(), offset, offset + parts[0].length(), parts[0], lemma, null, null));
      offset += parts[0].length() + 1;
    }
    return new Sentence(0, 0, offset - 1, out, List.of());
  }

  private static final ParseCues CUES =
      ParseCues.of(Set.of("say", "expel", "alarmed"), Set.of("«"));

  @Test
  void aCueLemmaOrAQuotationMarkSelectsTheSentence() {
    assertThat(CUES.selects(sentence("Officials/official", "said/say", "so/so"))).isTrue();
    assertThat(CUES.selects(sentence("Kosovo/Kosovo", "expelled/expel", "two/two"))).isTrue();
    assertThat(CUES.selects(sentence("«", "Non", "»"))).isTrue();
    assertThat(CUES.selects(sentence("The/the", "sky/sky", "was/be", "grey/grey"))).isFalse();
  }

  @Test
  void theTokenTextIsMatchedTooSoAParticipleTaggedAsAVerbStillCounts() {
    assertThat(CUES.selects(sentence("Expel", "them"))).isTrue();
    assertThat(CUES.selects(sentence("They/they", "were/be", "alarmed/alarm"))).isTrue();
  }
}
