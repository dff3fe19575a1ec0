package dev.parallax.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimexClassTallyTest {
  @Test
  void countsMatchesValuesAndSpuriousPerClassForEachTagger() {
    String text = "The ferry sailed Monday and returns in May, weather permitting now.";
    TimexSpan monday = span(text, "Monday", "2012-06-11");
    TimexSpan may = span(text, "May", "2013-05");
    TimemlDocument doc = new TimemlDocument("ferry", text, "2012-06-15", List.of(monday, may));
    TimexClassTally tally =
        new TimexClassTally(
            List.of("a", "b"), t -> t.length() < 4 || t.equals("now") ? "SHORT" : "LONG");
    tally.add(
        doc,
        List.of(
            List.of(monday, span(text, "May", "2012-05")),
            List.of(monday, may, span(text, "now", "PRESENT_REF"))));
    assertThat(tally.lines())
        .containsExactly(
            "class LONG       gold    1 | a matched    1 value    1 spurious   0"
                + " | b matched    1 value    1 spurious   0",
            "class SHORT      gold    1 | a matched    1 value    0 spurious   0"
                + " | b matched    1 value    1 spurious   1");
  }

  private static TimexSpan span(String text, String part, String value) {
    int start = text.indexOf(part);
    return new TimexSpan(start, start + part.length(), "DATE", value);
  }
}
