package dev.parallax.eval.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.eval.TimexSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimexCombinationTest {
  private static final TimexCombination COMBINATION = new TimexCombination(TimexClasses.bundled());

  @Test
  void aWiderHeidelTimeExpressionReplacesTheParallaxOnesItHolds() {
    String text = "Sales beat the year-earlier quarter again.";
    TimexCombination.Combined c =
        COMBINATION.combine(
            text,
            spans(text, "the year", "DATE 2011", "earlier quarter", "DURATION P3M"),
            spans(text, "the year-earlier quarter", "DATE 2011-Q2"));
    assertThat(c.spans()).isEqualTo(spans(text, "the year-earlier quarter", "DATE 2011-Q2"));
    assertThat(c.decisions()).isEqualTo(Map.of(TimexCombination.Rule.WIDER_EXTENT, 2));
  }

  @Test
  void aClassThatTakesHeidelTimeValuesKeepsParallaxExtent() {
    String text = "Prices rose in recent weeks and fell on Friday.";
    TimexCombination.Combined c =
        COMBINATION.combine(
            text,
            spans(text, "recent weeks", "DURATION PXW", "Friday", "DATE 2012-06-08"),
            spans(text, "recent", "DATE PAST_REF", "Friday", "DATE 2012-06-01"));
    assertThat(c.spans())
        .isEqualTo(spans(text, "recent weeks", "DATE PAST_REF", "Friday", "DATE 2012-06-08"));
    assertThat(c.decisions()).isEqualTo(Map.of(TimexCombination.Rule.CLASS_VALUE, 1));
  }

  @Test
  void parallaxExpressionsHeidelTimeMissesStayAndItsOwnAreNotAdded() {
    String text = "It rained for days; the dam held until 2010.";
    TimexCombination.Combined c =
        COMBINATION.combine(
            text, spans(text, "days", "DURATION PXD"), spans(text, "2010", "DATE 2010"));
    assertThat(c.spans()).isEqualTo(spans(text, "days", "DURATION PXD"));
    assertThat(c.decisions()).isEmpty();
  }

  // Pairs of (text part, "TYPE value") as spans of text.
  private static List<TimexSpan> spans(String text, String... parts) {
    List<TimexSpan> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i += 2) {
      int start = text.indexOf(parts[i]);
      String[] typeValue = parts[i + 1].split(" ");
      out.add(new TimexSpan(start, start + parts[i].length(), typeValue[0], typeValue[1]));
    }
    return out;
  }
}
