package dev.parallax.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.annotate.TimeExpression;
import dev.parallax.testing.ExpectedLog;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Odd input: offsets stay in bounds, text matches its span, output is deterministic. */
@Tag("slow") // SUTime
class TimeTaggerContractTest {
  private static final List<String> ODD =
      List.of(
          "",
          "   \n\n  ",
          "\u0000\u0001\u0002 binary \uFFFD\uFFFD on Friday",
          "\"unmatched quote on Monday, said the clerk.",
          "Mixed scripts: в понедельник, le 3 mars, on March 3,2020 and 月曜日.",
          "1,2000 3,1999 31,2021 99,2020",
          "It rained on Friday. ".repeat(200),
          "Friday, ".repeat(150));

  @Test
  @ExpectedLog(
      "WARN edu.stanford.nlp.process.PTBLexer: Untokenizable: ") // CoreNLP on control characters
  void oddInputNeverBreaksTheContract() {
    for (String text : ODD) {
      List<TimeExpression> first = TimeFixture.tag(text, "2020-03-07");
      for (TimeExpression e : first) {
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      }
      assertThat(TimeFixture.tag(text, "2020-03-07")).isEqualTo(first);
    }
  }

  @Test
  void nullsAreEmptyResults() {
    assertThat(TimeFixture.tagger().tag(null, null, null)).isEmpty();
  }
}
