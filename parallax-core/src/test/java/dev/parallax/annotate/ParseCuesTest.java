package dev.parallax.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
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

  @Test
  void bundledCuesSelectSpeechEventsNounsAndQuotes() {
    ParseCues cues = ParseCues.bundled();

    assertThat(cues.selects(sentence("Officials/official", "said/say", "so/so"))).isTrue();
    assertThat(cues.selects(sentence("Kosovo/Kosovo", "expelled/expel", "two/two"))).isTrue();
    assertThat(cues.selects(sentence("the/the", "expulsion/expulsion"))).isTrue();
    assertThat(cues.selects(sentence("«", "Non", "»"))).isTrue();
    assertThat(cues.selects(sentence("The/the", "sky/sky", "was/be", "grey/grey"))).isFalse();
  }

  @Test
  void withoutLemmasTheTokenTextIsMatched() {
    assertThat(ParseCues.bundled().selects(sentence("Protest", "ends"))).isTrue();
  }

  @Test
  void malformedCueFilesFailFast() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"say", "gossip"});
    assertThatThrownBy(() -> ParseCues.fromRows(rows)).isInstanceOf(IllegalStateException.class);
  }
}
