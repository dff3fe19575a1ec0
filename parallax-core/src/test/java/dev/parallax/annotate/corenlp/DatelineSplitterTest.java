package dev.parallax.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatelineSplitterTest {
  @Test
  void splitsDayCommaYear() {
    String body = "May 3,2024 rain";
    List<Token> in =
        List.of(
            new Token(0, 0, 3, "May", null, "NNP", null),
            new Token(1, 4, 10, "3,2024", null, "CD", null),
            new Token(2, 11, 15, "rain", null, "NN", null));
    List<Token> out = DatelineSplitter.split(body, in);
    assertThat(out).extracting(Token::text).containsExactly("May", "3", ",", "2024", "rain");
    assertThat(out).extracting(Token::index).containsExactly(0, 1, 2, 3, 4);
    for (Token t : out) {
      assertThat(body.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void leavesThousandsAlone() {
    String body = "sold 12,500 units";
    List<Token> in = List.of(new Token(0, 5, 11, "12,500", null, "CD", null));
    assertThat(DatelineSplitter.split(body, in)).isEqualTo(in);
  }
}
